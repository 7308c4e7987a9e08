import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { EMAIL_ADDRESS_CLASSES } from './emailAddressClasses.ts';
import { PHONE_NUMBER_CLASSES } from './phoneNumbers.ts';
import { drawValueClasses } from './ValueClass.ts';

/**
 * An identifier as a real client sends it: the `value` matches the `type` (an E.164 mobile number
 * for `phone_number`, an address at a reserved domain for `email_address`), drawn from the type's
 * value classes. The spec types `value` as any string; the realistic positive phase must not
 * depend on the target accepting junk.
 */
export function realisticIdentifierArbitrary(types: readonly string[]): Arbitrary<{ type: string; value: string }> {
  const byType: Record<string, Arbitrary<string>> = {
    phone_number: drawValueClasses(PHONE_NUMBER_CLASSES),
    email_address: drawValueClasses(EMAIL_ADDRESS_CLASSES),
  };
  const known = types.filter((t) => t in byType);
  return fc.constantFrom(...known).chain((type) => byType[type]!.map((value) => ({ type, value })));
}
