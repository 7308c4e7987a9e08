import type { Arbitrary } from 'fast-check';
import type { Profile } from '../config/profile.ts';
import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import { identityPartsOf, type IdentityPart } from '../spec/identityParts.ts';
import { validRequestArbitrary } from './validRequestArbitrary.ts';

/**
 * Valid bodies that identify a user through at least the given parts (at least one part when
 * none is given), with no more identifiers than the profile says are always accepted: a create
 * whose outcome a semantic rule predicts must not be refused by the identifier limit first.
 */
export function identityBodyArbitrary(
  operation: CreateUserOperation,
  profile: Profile,
  parts: readonly IdentityPart[] = [],
): Arbitrary<Record<string, unknown>> {
  return validRequestArbitrary(operation)
    .map((body) => (Array.isArray(body['identifiers']) ? { ...body, identifiers: body['identifiers'].slice(0, profile.identifierLimitAtLeast) } : body))
    .filter((body) => {
      const present = identityPartsOf(body);
      return present.length > 0 && parts.every((part) => present.includes(part));
    });
}
