import type { Arbitrary } from 'fast-check';
import type { Profile } from '../config/profile.ts';
import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import type { CreateUserCase } from '../vocabulary/CreateUserCase.ts';
import { createdCase } from './createdCase.ts';
import { anyCompositionBodyArbitrary } from './identityCompositions.ts';
import { identityPartsOf } from '../spec/identityParts.ts';
import { conflictCodesFor } from './conflictCodesFor.ts';
import type { Scenario } from './Scenario.ts';

/**
 * `copies` identical creates of one fresh identity, sent at once, for every composition of
 * identity parts: exactly one may create the user, every other is a 409 with a code of the parts
 * the identity has (any of them: no precedence). A body with no identity part identifies nobody:
 * nothing can collide, so each of the copies must create a user of its own.
 */
export function burstScenarioArbitrary(operation: CreateUserOperation, profile: Profile, copies: number): Arbitrary<Scenario> {
  return anyCompositionBodyArbitrary(operation, profile).map((body): Scenario => {
    const parts = identityPartsOf(body);
    const template: CreateUserCase =
      parts.length === 0
        ? createdCase('exactly_once', body)
        : {
            family: 'exactly_once',
            app: 'enabled',
            body,
            expectation: { kind: 'concurrent_duplicate', codes: conflictCodesFor(parts, profile) },
            freshIdentities: true,
          };
    return { steps: [{ kind: 'burst', copies, template }] };
  });
}
