import type { Profile } from '../config/profile.ts';
import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import { joinPointer } from '../spec/jsonPointer.ts';
import type { CreateUserCase } from '../vocabulary/CreateUserCase.ts';
import { editAt } from './_internals/editAt.ts';
import { rejectionExpectation, type RejectionExpectation } from './rejectionExpectation.ts';
import { instancePathText, schemaLocations } from './_internals/schemaLocations.ts';
import { KEYWORD_MUTATIONS } from './mutations/keywordMutations.ts';
import { MALFORMED_BODIES, WRONG_MEDIA_TYPES } from './mutations/malformedBodies.ts';

/** Which array item or map entry a mutation hits, and which of its alternatives it uses. */
export interface MutationChoice {
  readonly where: number;
  readonly variant: number;
}

/** What a mutation changes in a case. */
export type MutatedRequest = Pick<CreateUserCase, 'body' | 'malformed' | 'headers'>;

/** One entry of the catalogue: a named way to make a valid request invalid, and what must follow. */
export interface Mutation {
  /** Stable and readable: `<family>:<instance path>[:<variant>]`, e.g. `length:/external_id:astral`. */
  readonly id: string;
  readonly family: string;
  /** JSON pointer of the spec rule the mutated request breaks. */
  readonly rule: string;
  readonly description: string;
  /** What the target must answer: the status and the codes the profile allows for this property. */
  readonly expected: RejectionExpectation;
  /** The invalid request made from a valid body; undefined when the body has no place for it (no item to break). */
  readonly apply: (body: Record<string, unknown>, choice: MutationChoice) => MutatedRequest | undefined;
}

/** Families in the order tests list them, with what a reader calls them. Unknown families sort last. */
export const MUTATION_FAMILY_TITLES: Readonly<Record<string, string>> = {
  required: 'missing required properties',
  type: 'wrong JSON types (null, arrays, objects, numbers, booleans, strings; non-object bodies)',
  enum: 'values outside an enum',
  length: 'strings outside their length bounds (code points, astral plane included)',
  format: 'format near misses',
  additionalProperties: 'undeclared properties where the schema forbids them',
  malformed: 'malformed JSON bytes and empty bodies',
  mediaType: 'wrong or missing Content-Type',
};

/**
 * The mutation catalogue for the spec in use: every `required`, `type`, `enum`, length bound,
 * `format` and `additionalProperties: false` of the request schema (walked from the operation's
 * request body), plus malformed bytes and wrong media types. Expected codes come from the profile,
 * their HTTP status from the spec's (status, code) pairings.
 */
export function mutationCatalogue(operation: CreateUserOperation, profile: Profile): readonly Mutation[] {
  const expectedFor = rejectionExpectation(operation, profile);
  const fromSchema = schemaLocations(operation.schemaAt, operation.request.schemaPointer).flatMap((location) =>
    Object.values(KEYWORD_MUTATIONS)
      .flatMap((derive) => derive(location, operation.validatorAt))
      .map((m): Mutation => {
        const first = m.path[0];
        return {
          id: [m.family, instancePathText(m.path) || '/', ...(m.variantName ? [m.variantName] : [])].join(':'),
          family: m.family,
          rule: m.rule,
          description: m.description,
          expected: expectedFor(first?.kind === 'property' ? first.name : ''),
          apply: (body, { where, variant }) => {
            const edited = editAt(body, m.path, where, (current) => m.edit(current, variant));
            return edited && { body: edited.value };
          },
        };
      }),
  );
  const bodyLevel = expectedFor('');
  const requestBodyRule = `${operation.pointer}/requestBody`;
  const contentRule = `${requestBodyRule}/content`;
  const malformed = MALFORMED_BODIES.map((m): Mutation => ({
    id: `malformed:${m.name}`,
    family: 'malformed',
    rule: m.breaks === 'required' ? `${requestBodyRule}/required` : joinPointer(contentRule, operation.request.mediaType),
    description: m.description,
    expected: bodyLevel,
    apply: (body, { variant }) => ({ body, malformed: { name: m.name, variant } }),
  }));
  const mediaTypes = WRONG_MEDIA_TYPES.filter((type) => type?.split(';')[0]?.trim().toLowerCase() !== operation.request.mediaType.toLowerCase()).map(
    (type): Mutation => ({
      id: `mediaType:${type ?? 'missing'}`,
      family: 'mediaType',
      rule: contentRule,
      description: type === null ? 'no Content-Type header' : `Content-Type ${type} for a JSON body`,
      expected: bodyLevel,
      apply: (body) => ({ body, headers: { 'content-type': type } }),
    }),
  );
  return [...fromSchema, ...malformed, ...mediaTypes];
}

/** The families present in a catalogue, in the order of `MUTATION_FAMILY_TITLES`, with their titles. */
export function mutationFamilies(catalogue: readonly Mutation[]): Array<[family: string, title: string]> {
  const order = Object.keys(MUTATION_FAMILY_TITLES);
  const rank = (family: string) => (order.includes(family) ? order.indexOf(family) : order.length);
  return [...new Set(catalogue.map((m) => m.family))]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((family) => [family, MUTATION_FAMILY_TITLES[family] ?? family]);
}
