import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { EMAIL_ADDRESS_CLASSES } from './emailAddressClasses.ts';
import { PHONE_NUMBER_CLASSES } from './phoneNumbers.ts';
import { drawValueClasses, type ValueClass } from './ValueClass.ts';

/**
 * An identifier as a real client sends it: the `value` matches the `type` (an E.164 mobile number
 * for `phone_number`, an address at a reserved domain for `email_address`), drawn from the type's
 * value classes. The spec types `value` as any string; the realistic positive phase must not
 * depend on the target accepting junk.
 */
export function realisticIdentifierArbitrary(types: readonly string[]): Arbitrary<{ type: string; value: string }> {
  const known = types.filter((t) => t in REALISTIC_IDENTIFIER_VALUES);
  const byType = Object.fromEntries(known.map((type) => [type, drawValueClasses(REALISTIC_IDENTIFIER_VALUES[type]!)]));
  return fc.constantFrom(...known).chain((type) => byType[type]!.map((value) => ({ type, value })));
}

/**
 * The value classes of each identifier type realism knows: what every mainstream validator takes
 * for a value of that type (a value holding one of them is valid wherever it is sent).
 */
export const REALISTIC_IDENTIFIER_VALUES: Readonly<Record<string, ReadonlyArray<ValueClass<string>>>> = {
  phone_number: PHONE_NUMBER_CLASSES,
  email_address: EMAIL_ADDRESS_CLASSES,
};

/** Whether an identifier (as sent) is one realism would send: a known type, and a value of one of its valid classes. */
export function isRealisticIdentifier(item: unknown): boolean {
  const { type, value } = (item ?? {}) as { type?: unknown; value?: unknown };
  const classes = typeof type === 'string' ? REALISTIC_IDENTIFIER_VALUES[type] : undefined;
  return classes !== undefined && typeof value === 'string' && classes.some((c) => c.holds(value));
}
