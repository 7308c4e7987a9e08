import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { Profile } from '../config/profile.ts';
import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import { createdCase } from './createdCase.ts';
import { followUpStep } from './followUpStep.ts';
import { anyCompositionBodyArbitrary, composedBodyArbitrary, IDENTITY_COMPOSITIONS } from './identityCompositions.ts';
import { identityBodyArbitrary } from './identityBodyArbitrary.ts';
import { identityPartsOf, type IdentityPart } from '../spec/identityParts.ts';
import type { Scenario } from './Scenario.ts';

interface ReuseKind {
  readonly name: string;
  readonly parts: Arbitrary<readonly IdentityPart[]>;
  readonly changeEmailCase?: true;
  readonly changeIdCase?: true;
}

// The ways a second create reuses the first one's identity: every composition of parts (each
// single part, every pair and all three as `several`), in the spellings the latitude calls
// equivalent (an email with its case changed, a UUID in the other case), and none at all. Each
// is drawn equally often, so the rarer ones are not left to chance. Adding one is a row.
const REUSE_KINDS: readonly ReuseKind[] = [
  { name: 'identifier', parts: fc.constant(['identifier']) },
  { name: 'email-case', parts: fc.constant(['identifier']), changeEmailCase: true },
  { name: 'external_id', parts: fc.constant(['external_id']) },
  { name: 'id', parts: fc.constant(['id']) },
  { name: 'id-case', parts: fc.constant(['id']), changeIdCase: true },
  { name: 'several', parts: fc.constantFrom(...IDENTITY_COMPOSITIONS.filter((c) => c.length >= 2)) },
];

/**
 * Create a user, then create another that reuses some of its identity as it was sent (any
 * composition of its identifiers, `external_id` and `id`, in any equivalent spelling), its own
 * other parts fresh, in any composition. The second create's expectation is predicted from what
 * the first got (`planReuse`); once it is refused, a third create re-sends its own parts (those the
 * first user does not hold), which the refusal must have left free. And a create with no identity
 * part at all, after any create: it cannot conflict with anything, so it must be created.
 */
export function conflictScenarioArbitrary(operation: CreateUserOperation, profile: Profile): Arbitrary<Scenario> {
  const second = anyCompositionBodyArbitrary(operation, profile);
  const reuses = REUSE_KINDS.map((kind) =>
    fc
      .record({
        reused: kind.parts,
        identifierIndex: fc.nat({ max: 7 }),
        first: identityBodyArbitrary(operation, profile),
        second,
      })
      .filter(({ reused, first }) => reused.every((part) => identityPartsOf(first).includes(part)) && (!kind.changeEmailCase || hasEmail(first)))
      .map(({ reused, identifierIndex, first, second }): Scenario => {
        const freeParts = followUpStep(`conflict/${kind.name}`, operation, 1, identifierIndex);
        return {
          steps: [
            { kind: 'send', template: createdCase('conflict/first', first) },
            {
              kind: 'reuse',
              template: createdCase(`conflict/${kind.name}`, second),
              from: 0,
              reuse: { parts: reused, identifierIndex, changeEmailCase: kind.changeEmailCase ?? false, changeIdCase: kind.changeIdCase ?? false },
            },
            ...(freeParts ? [freeParts] : []),
          ],
        };
      }),
  );
  const noIdentity = fc
    .tuple(anyCompositionBodyArbitrary(operation, profile), composedBodyArbitrary(operation, profile, []))
    .map(([first, none]): Scenario => ({
      steps: [
        { kind: 'send', template: createdCase('conflict/first', first) },
        { kind: 'send', template: createdCase('conflict/no-identity', none) },
      ],
    }));
  return fc.oneof(...reuses, noIdentity);
}

function hasEmail(body: Record<string, unknown>): boolean {
  return Array.isArray(body['identifiers']) && body['identifiers'].some((i: { type?: unknown }) => i?.type === 'email_address');
}
