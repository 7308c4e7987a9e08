import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { DEFAULT_PROFILE, type Profile } from '../config/profile.ts';
import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import type { CreateUserCase } from '../vocabulary/CreateUserCase.ts';
import { createdCase } from './createdCase.ts';
import { DISPUTED_EMAIL_ADDRESS_CLASSES } from './emailAddressClasses.ts';
import { DISPUTED_ID_CLASSES, UNSETTLED_IDENTIFIER_ARRAY_CLASSES } from './identityValueClasses.ts';
import { DISPUTED_PHONE_CLASSES } from './phoneNumbers.ts';
import { orTooManyIdentifiers } from './orTooManyIdentifiers.ts';
import { rejectionExpectation } from './rejectionExpectation.ts';
import { validRequestArbitrary } from './validRequestArbitrary.ts';
import type { ValueClass } from './ValueClass.ts';

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
 * Values on which mainstream validators disagree, and how each is put into a valid body: the
 * property whose rejection codes apply, and the edit. Adding a kind of disputed value is adding a row.
 */
const DISPUTED: ReadonlyArray<{
  readonly family: string;
  /** What the value is, in messages. */
  readonly what: string;
  /** The body property whose rejection codes apply (the profile's `rejectionCodes`). */
  readonly property: string;
  readonly classes: ReadonlyArray<ValueClass<string>>;
  readonly place: (body: Body, value: string) => Body;
}> = [
  {
    family: 'valid/disputed-phone',
    what: 'phone number',
    property: 'identifiers',
    classes: DISPUTED_PHONE_CLASSES,
    place: (body, value) => ({ ...body, identifiers: [...(body.identifiers ?? []), { type: 'phone_number', value }] }),
  },
  {
    family: 'valid/disputed-email',
    what: 'email address',
    property: 'identifiers',
    classes: DISPUTED_EMAIL_ADDRESS_CLASSES,
    place: (body, value) => ({ ...body, identifiers: [...(body.identifiers ?? []), { type: 'email_address', value }] }),
  },
  { family: 'valid/disputed-id', what: 'id', property: 'id', classes: DISPUTED_ID_CLASSES, place: (body, value) => ({ ...body, id: value }) },
];

/**
 * Valid, realistic requests to the enabled app: each must create a user (`positive_acceptance`).
 * Some carry identifier counts past any plausible limit (eleven, fifty, a thousand). Besides
 * them, requests the spec leaves open (the same identifier twice, one value under both types) and
 * requests carrying a value mainstream validators disagree on (an E.164-shaped number in no plan,
 * a quoted local part, a UUID outside RFC 9562): created, or refused with the codes the profile
 * gives the property. Above the profile's identifier minimum, any of them may get
 * `too_many_user_identifiers` (the spec publishes no limit): the cases say so, which is what the
 * report's matrix counts as targeting that code.
 */
export function validCaseArbitrary(operation: CreateUserOperation, profile: Profile = DEFAULT_PROFILE): Arbitrary<CreateUserCase> {
  const valid = validRequestArbitrary(operation) as Arbitrary<Body>;
  const rejection = rejectionExpectation(operation, profile);
  const unsettled = UNSETTLED_IDENTIFIER_ARRAY_CLASSES.map(({ name }) =>
    fc
      .tuple(
        valid.filter((b) => (b.identifiers?.length ?? 0) > 0),
        fc.nat(),
      )
      .map(([body, pick]): CreateUserCase => ({
        ...createdCase(`valid/${name.replaceAll(' ', '-')}`, { ...body, identifiers: UNSETTLED[name]!(body.identifiers!, pick) }),
        expectation: { kind: 'created', orRejected: { ...rejection('identifiers'), because: `the spec does not say whether a request with ${name} is valid` } },
      })),
  );
  const disputed = DISPUTED.map(({ family, what, property, classes, place }) =>
    fc
      .tuple(valid, fc.oneof({ withCrossShrink: true }, ...classes.map((c) => c.arbitrary!.map((value) => ({ value, className: c.name })))))
      .map(([body, { value, className }]): CreateUserCase => ({
        ...createdCase(family, place(body, value)),
        expectation: {
          kind: 'created',
          orRejected: { ...rejection(property), because: `its ${what} is of a kind mainstream validators disagree on: ${className}` },
        },
      })),
  );
  return fc
    .oneof(
      { weight: 6, arbitrary: valid.map((body) => createdCase('valid/realistic', body)) },
      { weight: 1, arbitrary: validRequestArbitrary(operation, 'past any plausible limit').map((body) => createdCase('valid/many-identifiers', body)) },
      ...[...unsettled, ...disputed].map((arbitrary) => ({ weight: 1, arbitrary })),
    )
    .map((testCase) => orTooManyIdentifiers(testCase, profile, operation));
}
