import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { DEFAULT_PROFILE, type Profile } from '../config/profile.ts';
import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import type { CreateUserCase } from '../vocabulary/CreateUserCase.ts';
import { createdCase } from './createdCase.ts';
import { UNSETTLED_IDENTIFIER_ARRAY_CLASSES } from './identityValueClasses.ts';
import { rejectionExpectation } from './rejectionExpectation.ts';
import { validRequestArbitrary } from './validRequestArbitrary.ts';

type Identifier = { type: string; value: string };
type Body = Record<string, unknown> & { identifiers?: Identifier[] };

// How each unsettled class is made from a valid body with at least one identifier (`pick` chooses
// which), in `UNSETTLED_IDENTIFIER_ARRAY_CLASSES` order. Adding a class is adding a row.
const UNSETTLED: Readonly<Record<(typeof UNSETTLED_IDENTIFIER_ARRAY_CLASSES)[number]['name'], (ids: Identifier[], pick: number) => Identifier[]>> = {
  'same identifier twice': (ids, pick) => [...ids, ids[pick % ids.length]!],
  'one value under both types': (ids, pick) => {
    const item = ids[pick % ids.length]!;
    return [...ids, { type: item.type === 'phone_number' ? 'email_address' : 'phone_number', value: item.value }];
  },
};

/**
 * Valid, realistic requests to the enabled app: each must create a user (`positive_acceptance`).
 * One in six is an identifier array the spec leaves open (the same identifier twice, one value
 * under both types): created, or refused with the codes the profile gives invalid identifiers.
 */
export function validCaseArbitrary(operation: CreateUserOperation, profile: Profile = DEFAULT_PROFILE): Arbitrary<CreateUserCase> {
  const valid = validRequestArbitrary(operation) as Arbitrary<Body>;
  const rejection = rejectionExpectation(operation, profile)('identifiers');
  const unsettled = UNSETTLED_IDENTIFIER_ARRAY_CLASSES.map(({ name }) =>
    fc
      .tuple(
        valid.filter((b) => (b.identifiers?.length ?? 0) > 0),
        fc.nat(),
      )
      .map(([body, pick]): CreateUserCase => ({
        ...createdCase(`valid/${name.replaceAll(' ', '-')}`, { ...body, identifiers: UNSETTLED[name]!(body.identifiers!, pick) }),
        expectation: { kind: 'created', orRejected: { ...rejection, because: `the spec does not say whether a request with ${name} is valid` } },
      })),
  );
  return fc.oneof(
    { weight: 4, arbitrary: valid.map((body) => createdCase('valid/realistic', body)) },
    ...unsettled.map((arbitrary) => ({ weight: 1, arbitrary })),
  );
}
