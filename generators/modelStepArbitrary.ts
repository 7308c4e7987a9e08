import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { Profile } from '../config/profile.ts';
import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import { badAppCaseArbitrary } from './badAppCaseArbitrary.ts';
import { BAD_CREDENTIALS } from './badCredentials.ts';
import { followUpStep } from './followUpStep.ts';
import type { AppRole } from '../vocabulary/CreateUserCase.ts';
import { createdCase } from './createdCase.ts';
import { anyCompositionBodyArbitrary, IDENTITY_COMPOSITIONS } from './identityCompositions.ts';
import { mutationCatalogue } from './mutationCatalogue.ts';
import { negativeCaseArbitrary } from './negativeCaseArbitrary.ts';
import type { ScenarioStep } from './Scenario.ts';

/**
 * The commands of the model-based run, as steps: create a fresh user, of any composition of
 * identity parts (none included); create one reusing any composition of an earlier user's
 * identifier, `external_id` and `id`, in either spelling of an email or a UUID (`from` picks the
 * user modulo how many exist); create with an invalid body, aimed at an unknown or disabled app,
 * or without valid credentials; create re-sending the free parts of an earlier refused request
 * (`from` picks it modulo how many were refused). What each must get is predicted when it runs,
 * from the model: the users created so far, and the requests refused. `apiToken` is for the
 * credentials sent under another scheme.
 */
export function modelStepArbitrary(
  operation: CreateUserOperation,
  profile: Profile,
  badApps: ReadonlyArray<Exclude<AppRole, 'enabled'>>,
  apiToken = '',
): Arbitrary<ScenarioStep> {
  const fresh = anyCompositionBodyArbitrary(operation, profile).map((body) => createdCase('model/create', body));
  // Every non-empty composition of parts: a single part most often (a model run is short), then
  // any two or all three (shrinking toward a single part); each in either spelling of an email or a UUID.
  const singles = IDENTITY_COMPOSITIONS.filter((c) => c.length === 1);
  const severals = IDENTITY_COMPOSITIONS.filter((c) => c.length >= 2);
  const reuse = fc
    .record({
      parts: fc.oneof({ withCrossShrink: true }, { weight: 3, arbitrary: fc.constantFrom(...singles) }, { weight: 2, arbitrary: fc.constantFrom(...severals) }),
      from: fc.nat({ max: 31 }),
      identifierIndex: fc.nat({ max: 7 }),
      changeEmailCase: fc.boolean(),
      changeIdCase: fc.boolean(),
      body: anyCompositionBodyArbitrary(operation, profile),
    })
    .map(({ parts, from, identifierIndex, changeEmailCase, changeIdCase, body }): ScenarioStep => ({
      kind: 'reuse',
      from,
      reuse: { parts, identifierIndex, changeEmailCase, changeIdCase },
      // Named by its first part, so shrinking several parts to that one keeps the finding's family.
      template: createdCase(`model/reuse-${parts[0]}`, body),
    }));
  // Every kind of invalid create: the whole mutation catalogue, each a realistic body broken in one place.
  const invalid = negativeCaseArbitrary(operation, mutationCatalogue(operation, profile)).map((testCase): ScenarioStep => ({
    kind: 'send',
    template: { ...testCase, family: 'model/invalid' },
  }));
  const badCredentials = fc
    .tuple(fc.constantFrom(...BAD_CREDENTIALS), anyCompositionBodyArbitrary(operation, profile))
    .map(([credentials, body]): ScenarioStep => ({
      kind: 'send',
      template: {
        family: `model/bad-credentials`,
        app: 'enabled',
        body,
        headers: { authorization: credentials.authorization(apiToken, 'wrong-model-token') },
        expectation: { kind: 'unauthenticated' },
        freshIdentities: true,
      },
    }));
  const steps: Array<fc.WeightedArbitrary<ScenarioStep>> = [
    { weight: 3, arbitrary: fresh.map((template): ScenarioStep => ({ kind: 'send', template })) },
    { weight: 4, arbitrary: reuse },
    { weight: 2, arbitrary: invalid },
    { weight: 1, arbitrary: badCredentials },
  ];
  if (followUpStep('model', operation) !== undefined) {
    const reuseRefused = fc
      .record({ from: fc.nat({ max: 31 }), identifierIndex: fc.nat({ max: 7 }) })
      .map(({ from, identifierIndex }) => followUpStep('model', operation, from, identifierIndex)!);
    steps.push({ weight: 3, arbitrary: reuseRefused });
  }
  if (badApps.length > 0) {
    steps.push({ weight: 1, arbitrary: badAppCaseArbitrary(operation, badApps).map((template): ScenarioStep => ({ kind: 'send', template })) });
  }
  return fc.oneof(...steps);
}
