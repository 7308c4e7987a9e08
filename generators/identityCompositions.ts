import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { Profile } from '../config/profile.ts';
import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import { IDENTITY_PART_NAMES, IDENTITY_PARTS, identityPartsOf, type IdentityPart } from '../spec/identityParts.ts';
import { validRequestArbitrary } from './validRequestArbitrary.ts';

/**
 * Every composition of identity parts a create can carry: none, each part alone, any two, all
 * three (the subsets of `IDENTITY_PARTS`, smallest first). Semantic properties draw from all of
 * them: a fault in how a server handles one composition (an `id` with an `external_id`, say) is
 * otherwise left to chance.
 */
export const IDENTITY_COMPOSITIONS: ReadonlyArray<readonly IdentityPart[]> = Array.from({ length: 2 ** IDENTITY_PART_NAMES.length }, (_, mask) =>
  IDENTITY_PART_NAMES.filter((_, bit) => (mask & (1 << bit)) !== 0),
).sort((a, b) => a.length - b.length);

/**
 * Valid bodies that carry exactly the parts of `composition` (an empty `identifiers` array when it
 * has no identifier), with no more identifiers than the profile says are always accepted, so that
 * no limit answers before the rule a semantic property predicts.
 */
export function composedBodyArbitrary(
  operation: CreateUserOperation,
  profile: Profile,
  composition: readonly IdentityPart[],
): Arbitrary<Record<string, unknown>> {
  return validRequestArbitrary(operation)
    .filter((body) => composition.every((part) => identityPartsOf(body).includes(part)))
    .map((body) => {
      const out: Record<string, unknown> = { ...body };
      const identifiers = Array.isArray(out['identifiers']) ? out['identifiers'].slice(0, profile.identifierLimitAtLeast) : [];
      out['identifiers'] = composition.includes('identifier') ? identifiers : [];
      for (const part of IDENTITY_PART_NAMES) if (part !== 'identifier' && !composition.includes(part)) delete out[IDENTITY_PARTS[part].property];
      return out;
    });
}

/**
 * A valid body of any composition, each composition drawn equally often. A body keeps its
 * composition when shrunk: crossing to another would spend the shrink budget on changing what the
 * step is about rather than on dropping steps.
 */
export function anyCompositionBodyArbitrary(operation: CreateUserOperation, profile: Profile): Arbitrary<Record<string, unknown>> {
  return fc.oneof(...IDENTITY_COMPOSITIONS.map((composition) => composedBodyArbitrary(operation, profile, composition)));
}
