import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';

/**
 * Mobile number ranges that are valid E.164 numbers in their country's numbering plan (as
 * libphonenumber-style validators see them), so a strict target accepts them as real phones.
 * The last `FRESH_DIGITS` digits are free, which is where `freshenIdentities` writes the run's token.
 */
export const PHONE_NUMBER_PLANS: ReadonlyArray<{ country: string; prefixes: readonly string[]; length: number }> = [
  { country: 'US', prefixes: ['+1201', '+1212', '+1415', '+1646', '+1917'], length: 12 },
  { country: 'GB', prefixes: ['+4474', '+4475', '+4477', '+4478', '+4479'], length: 13 },
  { country: 'FR', prefixes: ['+336', '+3375', '+3376', '+3377', '+3378'], length: 12 },
  { country: 'DE', prefixes: ['+49151', '+49160', '+49170', '+49176'], length: 14 },
  { country: 'GR', prefixes: ['+30690', '+30693', '+30694', '+30697', '+30698', '+30699'], length: 13 },
  { country: 'BR', prefixes: ['+55119', '+55219'], length: 14 },
  { country: 'IN', prefixes: ['+9170', '+9180', '+9190', '+9198'], length: 13 },
];

/** Trailing digits that may be rewritten without leaving the plan. */
export const FRESH_DIGITS = 7;

/** A realistic E.164 mobile number from one of the plans above. */
export function phoneNumberArbitrary(): Arbitrary<string> {
  // One arbitrary per (plan, prefix), built once: building them inside `chain` would redo it per value.
  const numbers = PHONE_NUMBER_PLANS.flatMap((plan) =>
    plan.prefixes.map((prefix) => digitsArbitrary(plan.length - prefix.length).map((digits) => prefix + digits)),
  );
  return fc.oneof(...numbers);
}

function digitsArbitrary(count: number): Arbitrary<string> {
  return fc.array(fc.integer({ min: 0, max: 9 }), { minLength: count, maxLength: count }).map((digits) => digits.join(''));
}
