import type { Arbitrary } from 'fast-check';
import type { Profile } from '../config/profile.ts';
import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import { identityBodyArbitrary } from './identityBodyArbitrary.ts';
import { conflictCodesFor, identityPartsOf } from './identityParts.ts';
import type { Scenario } from './Scenario.ts';

/**
 * `copies` identical creates of one fresh identity, sent at once: exactly one may create the user,
 * every other is a 409 with a code of the parts the identity has (any of them: no precedence).
 */
export function burstScenarioArbitrary(operation: CreateUserOperation, profile: Profile, copies: number): Arbitrary<Scenario> {
  return identityBodyArbitrary(operation, profile).map((body): Scenario => ({
    steps: [{
      kind: 'burst',
      copies,
      template: {
        family: 'exactly_once', app: 'enabled', body,
        expectation: { kind: 'concurrent_duplicate', codes: conflictCodesFor(identityPartsOf(body), profile) },
        freshIdentities: true,
      },
    }],
  }));
}
