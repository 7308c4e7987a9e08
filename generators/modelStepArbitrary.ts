import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { Profile } from '../config/profile.ts';
import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import { badAppCaseArbitrary } from './badAppCaseArbitrary.ts';
import type { AppRole } from './CreateUserCase.ts';
import { createdCase } from './createdCase.ts';
import { identityBodyArbitrary } from './identityBodyArbitrary.ts';
import { IDENTITY_PARTS, type IdentityPart } from './identityParts.ts';
import { invalidBodyArbitrary } from './invalidBodyArbitrary.ts';
import type { ScenarioStep } from './Scenario.ts';

/**
 * The commands of the model-based run, as steps: create a fresh user; create one reusing an
 * identifier, the `external_id` or the `id` of an earlier user (`from` picks the user modulo how
 * many exist); create with an invalid body; create aimed at an unknown or disabled app. What each
 * must get is predicted when it runs, from the model of the users created so far.
 */
export function modelStepArbitrary(operation: CreateUserOperation, profile: Profile, badApps: ReadonlyArray<Exclude<AppRole, 'enabled'>>): Arbitrary<ScenarioStep> {
  const fresh = identityBodyArbitrary(operation, profile).map((body) => createdCase('model/create', body));
  const reuse = fc.record({
    part: fc.constantFrom(...(Object.keys(IDENTITY_PARTS) as IdentityPart[])),
    from: fc.nat({ max: 31 }),
    identifierIndex: fc.nat({ max: 7 }),
    changeEmailCase: fc.boolean(),
    body: identityBodyArbitrary(operation, profile),
  }).map(({ part, from, identifierIndex, changeEmailCase, body }): ScenarioStep => ({
    kind: 'reuse', from, reuse: { parts: [part], identifierIndex, changeEmailCase }, template: createdCase(`model/reuse-${part}`, body),
  }));
  const invalid = invalidBodyArbitrary(operation).map(({ body, expectation }): ScenarioStep => ({
    kind: 'send', template: { family: 'model/invalid', app: 'enabled', body, expectation, freshIdentities: true },
  }));
  const steps: Array<fc.WeightedArbitrary<ScenarioStep>> = [
    { weight: 3, arbitrary: fresh.map((template): ScenarioStep => ({ kind: 'send', template })) },
    { weight: 4, arbitrary: reuse },
    { weight: 1, arbitrary: invalid },
  ];
  if (badApps.length > 0) {
    steps.push({ weight: 1, arbitrary: badAppCaseArbitrary(operation, badApps).map((template): ScenarioStep => ({ kind: 'send', template })) });
  }
  return fc.oneof(...steps);
}
