import { base, de, el, en, en_US, fr } from '@faker-js/faker';
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { fakerArbitrary } from './fakerArbitrary.ts';
import { phoneNumberArbitrary } from './phoneNumberPlans.ts';

/** Reserved for documentation (RFC 2606): test users are recognisable and never reach a real inbox. */
export const TEST_EMAIL_DOMAINS = ['example.com', 'example.org', 'example.net'] as const;

/**
 * An identifier as a real client sends it: the `value` matches the `type` (an E.164 mobile number
 * for `phone_number`, an address at a reserved domain for `email_address`). The spec types `value`
 * as any string; the realistic positive phase must not depend on the target accepting junk.
 */
export function realisticIdentifierArbitrary(types: readonly string[]): Arbitrary<{ type: string; value: string }> {
  const byType: Record<string, Arbitrary<string>> = {
    phone_number: phoneNumberArbitrary(),
    email_address: fc.tuple(
      fakerArbitrary([[en_US, en, base], [fr, en, base], [de, en, base], [el, en, base]], (f) => f.internet.username()),
      fc.constantFrom(...TEST_EMAIL_DOMAINS),
    ).map(([local, domain]) => `${emailSafe(local)}@${domain}`),
  };
  const known = types.filter((t) => t in byType);
  return fc.constantFrom(...known).chain((type) => byType[type]!.map((value) => ({ type, value })));
}

function emailSafe(local: string): string {
  const cleaned = local.normalize('NFKD').replace(/[^A-Za-z0-9._-]/g, '').replace(/\.{2,}/g, '.').replace(/^\.|\.$/g, '');
  return cleaned || 'user';
}
