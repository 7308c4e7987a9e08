import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { Profile } from '../config/profile.ts';
import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import { createdCase } from './createdCase.ts';
import { identityBodyArbitrary } from './identityBodyArbitrary.ts';
import { IDENTITY_PARTS, identityPartsOf, type IdentityPart } from './identityParts.ts';
import type { Scenario } from './Scenario.ts';

const PARTS = Object.keys(IDENTITY_PARTS) as IdentityPart[];

// The ways a second create reuses the first one's identity. Each is drawn equally often, so the
// rarer combinations (an email with its case changed) are not left to chance. Adding one is a row.
const REUSE_KINDS: ReadonlyArray<{ name: string; parts: Arbitrary<IdentityPart[]>; changeEmailCase?: true }> = [
  { name: 'identifier', parts: fc.constant(['identifier']) },
  { name: 'email-case', parts: fc.constant(['identifier']), changeEmailCase: true },
  { name: 'external_id', parts: fc.constant(['external_id']) },
  { name: 'id', parts: fc.constant(['id']) },
  { name: 'several', parts: fc.subarray(PARTS, { minLength: 2 }) },
];

/**
 * Create a user, then create another that reuses some of its identity as it was sent: one of its
 * identifiers (an email, possibly with its case changed), its `external_id`, its `id`, or several
 * at once. The second create's expectation is predicted from what the first got (`planReuse`).
 */
export function conflictScenarioArbitrary(operation: CreateUserOperation, profile: Profile): Arbitrary<Scenario> {
  const body = identityBodyArbitrary(operation, profile);
  return fc.oneof(...REUSE_KINDS.map((kind) => fc.record({
    reused: kind.parts,
    identifierIndex: fc.nat({ max: 7 }),
    first: body,
    second: body,
  })
    .filter(({ reused, first }) => reused.every((part) => identityPartsOf(first).includes(part)) && (!kind.changeEmailCase || hasEmail(first)))
    .map(({ reused, identifierIndex, first, second }): Scenario => ({
      steps: [
        { kind: 'send', template: createdCase('conflict/first', first) },
        {
          kind: 'reuse', template: createdCase(`conflict/${kind.name}`, second), from: 0,
          reuse: { parts: reused, identifierIndex, changeEmailCase: kind.changeEmailCase ?? false },
        },
      ],
    }))));
}

function hasEmail(body: Record<string, unknown>): boolean {
  return Array.isArray(body['identifiers']) && body['identifiers'].some((i: { type?: unknown }) => i?.type === 'email_address');
}
