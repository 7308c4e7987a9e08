import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { ValueClass } from './ValueClass.ts';

/**
 * Mobile number ranges that are valid E.164 numbers in their country's numbering plan (as
 * libphonenumber-style validators see them), so a strict target accepts them as real phones.
 * `length` counts the `+`. The last `FRESH_DIGITS` digits are free, which is where
 * `freshenIdentities` writes the run's token; so every plan leaves at least that many free, and
 * numbers of 10 to 15 digits (E.164's maximum) are drawn: shorter national numbers (Niue's 4 digits)
 * cannot hold the token.
 */
export const PHONE_NUMBER_PLANS: ReadonlyArray<{ country: string; prefixes: readonly string[]; length: number }> = [
  { country: 'DK', prefixes: ['+452', '+453', '+454'], length: 11 },
  { country: 'NO', prefixes: ['+474', '+479'], length: 11 },
  { country: 'SG', prefixes: ['+658', '+659'], length: 11 },
  { country: 'US', prefixes: ['+1201', '+1212', '+1415', '+1646', '+1917'], length: 12 },
  { country: 'RU', prefixes: ['+7916', '+7926'], length: 12 },
  { country: 'FR', prefixes: ['+336', '+3375', '+3376', '+3377', '+3378'], length: 12 },
  { country: 'GB', prefixes: ['+4474', '+4475', '+4477', '+4478', '+4479'], length: 13 },
  { country: 'GR', prefixes: ['+30690', '+30693', '+30694', '+30697', '+30698', '+30699'], length: 13 },
  { country: 'IN', prefixes: ['+9170', '+9180', '+9190', '+9198'], length: 13 },
  { country: 'DE', prefixes: ['+49151', '+49160', '+49170', '+49176'], length: 14 },
  { country: 'BR', prefixes: ['+55119', '+55219'], length: 14 },
  { country: 'CN', prefixes: ['+86138', '+86139', '+86186'], length: 14 },
  { country: 'ID', prefixes: ['+62812', '+62813'], length: 15 },
  { country: 'AT', prefixes: ['+43664', '+43676'], length: 15 },
  { country: 'AT', prefixes: ['+43664', '+43676'], length: 16 },
];

/** Trailing digits that may be rewritten without leaving the plan. */
export const FRESH_DIGITS = 7;

const digitCount = (value: string | undefined) => (value ?? '').replace(/\D/g, '').length;

/**
 * One class per E.164 length (digits, country code included) the plans cover: a server that sizes
 * its column for 12 digits fails exactly on the longer classes. The shortest length comes first.
 */
export const PHONE_NUMBER_CLASSES: ReadonlyArray<ValueClass<string>> = [...new Set(PHONE_NUMBER_PLANS.map((p) => p.length))]
  .sort((a, b) => a - b)
  .map((length) => ({
    name: `${length - 1} digits`,
    arbitrary: numbersOfLength(length),
    holds: (value) => digitCount(value) === length - 1,
  }));

/** A realistic E.164 mobile number from one of the plans above, any length. */
export function phoneNumberArbitrary(): Arbitrary<string> {
  return fc.oneof(...PHONE_NUMBER_CLASSES.map((c) => c.arbitrary!));
}

function numbersOfLength(length: number): Arbitrary<string> {
  // One arbitrary per (plan, prefix), built once: building them inside `chain` would redo it per value.
  const numbers = PHONE_NUMBER_PLANS.filter((plan) => plan.length === length).flatMap((plan) =>
    plan.prefixes.map((prefix) => digitsArbitrary(plan.length - prefix.length).map((digits) => prefix + digits)),
  );
  return fc.oneof(...numbers);
}

function digitsArbitrary(count: number): Arbitrary<string> {
  return fc.array(fc.integer({ min: 0, max: 9 }), { minLength: count, maxLength: count }).map((digits) => digits.join(''));
}
