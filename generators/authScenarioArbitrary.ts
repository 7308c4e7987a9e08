import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { Profile } from '../config/profile.ts';
import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import { BAD_CREDENTIALS } from './badCredentials.ts';
import { identityBodyArbitrary } from './identityBodyArbitrary.ts';
import type { Scenario } from './Scenario.ts';

/**
 * A create without valid credentials, then the very same identity (as sent) with the right token:
 * the first must be refused, and the second must create the user, which proves the first did not.
 * `apiToken` is needed for the rows that send the real token under another scheme.
 */
export function authScenarioArbitrary(operation: CreateUserOperation, profile: Profile, apiToken: string): Arbitrary<Scenario> {
  const wrongToken = fc
    .stringMatching(/^[0-9a-f]{24}$/)
    .map((hex) => `wrong-${hex}`)
    .filter((t) => t !== apiToken);
  return fc.tuple(fc.constantFrom(...BAD_CREDENTIALS), wrongToken, identityBodyArbitrary(operation, profile)).map(([credentials, wrong, body]): Scenario => {
    const family = `auth/${credentials.name}`;
    return {
      steps: [
        {
          kind: 'send',
          template: {
            family,
            app: 'enabled',
            body,
            headers: { authorization: credentials.authorization(apiToken, wrong) },
            expectation: { kind: 'unauthenticated' },
            freshIdentities: true,
          },
        },
        {
          kind: 'reuse',
          from: 0,
          reuse: { parts: 'all', identifierIndex: 0, changeEmailCase: false },
          template: { family: `${family}/then-valid`, app: 'enabled', body, expectation: { kind: 'created' }, freshIdentities: true },
        },
      ],
    };
  });
}
