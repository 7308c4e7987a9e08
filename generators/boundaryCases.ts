import type { Profile } from '../config/profile.ts';
import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import { requestViolation } from '../spec/requestViolation.ts';
import { caseContent } from './caseContent.ts';
import type { CreateUserCase } from '../vocabulary/CreateUserCase.ts';
import { editAt } from './_internals/editAt.ts';
import { exemplar, exemplarCount } from './_internals/exemplar.ts';
import { instancePathText, schemaLocations, type SchemaLocation } from './_internals/schemaLocations.ts';
import { COUNTS_PAST_ANY_PLAUSIBLE_LIMIT } from './identityValueClasses.ts';
import { orTooManyIdentifiers } from './orTooManyIdentifiers.ts';
import { rejectionExpectation } from './rejectionExpectation.ts';
import { realisticIdentifierArray } from './validRequestArbitrary.ts';

/** A boundary request before it is judged: what it is, and what it sends. */
interface Boundary {
  readonly kind: string;
  readonly label: string;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string | null>>;
}

const ASTRAL = '\u{1F600}';
// The same identifiers every run: fixed cases are fixed (freshening still makes them new per send).
const IDENTIFIERS_SEED = 26;

/**
 * Identifier counts up to and well past any plausible limit, with distinct realistic identifiers:
 * every run provokes `too_many_user_identifiers` wherever the target's limit lies (up to a
 * thousand), and a server that crashes on a large array is caught. Nothing when the spec has no
 * `identifiers` realism can fill.
 */
function identifierCountBoundaries(operation: CreateUserOperation, base: unknown): Boundary[] {
  const largest = Math.max(...COUNTS_PAST_ANY_PLAUSIBLE_LIMIT);
  const identifiers = realisticIdentifierArray(operation, largest, IDENTIFIERS_SEED);
  if (identifiers === undefined || base === null || typeof base !== 'object') return [];
  return COUNTS_PAST_ANY_PLAUSIBLE_LIMIT.map((count) => ({
    kind: 'identifier-count',
    label: `/identifiers with ${count} distinct realistic identifiers`,
    body: { ...base, identifiers: identifiers.slice(0, count) },
  }));
}

/**
 * Boundary values per keyword, at one location of the all-properties body. Adding a kind of
 * boundary is adding an entry.
 */
const BOUNDARIES: Readonly<Record<string, (location: SchemaLocation, operation: CreateUserOperation, base: unknown) => Boundary[]>> = {
  length: ({ node, path }, _operation, base) => {
    const min = typeof node['minLength'] === 'number' ? node['minLength'] : undefined;
    const max = typeof node['maxLength'] === 'number' ? node['maxLength'] : undefined;
    if (min === undefined && max === undefined) return [];
    const lengths = [0, 1, ...(min === undefined ? [] : [min - 1, min, min + 1]), ...(max === undefined ? [] : [max - 1, max, max + 1])];
    const at = (value: string) => editAt(base, path, 0, () => value)?.value;
    const where = instancePathText(path);
    return [
      ...[...new Set(lengths)].filter((n) => n >= 0).map((n) => ({ kind: 'length', label: `${where} of ${n} code points`, body: at('x'.repeat(n)) })),
      // maxLength counts code points: `max` astral characters (2·max UTF-16 units) are within it.
      ...(max === undefined ? [] : [max, max + 1].map((n) => ({ kind: 'length', label: `${where} of ${n} astral code points`, body: at(ASTRAL.repeat(n)) }))),
    ];
  },
  arrays: ({ node, pointer, path }, operation, base) => {
    if (typeof node['items'] !== 'object') return [];
    const where = instancePathText(path);
    const items = Array.from({ length: exemplarCount(operation, pointer) }, (_, i) => exemplar(operation, `${pointer}/items`, i));
    return [
      { kind: 'arrays', label: `${where} empty`, body: editAt(base, path, 0, () => [])?.value },
      ...items.map((item, i) => ({
        kind: 'arrays',
        label: `${where} with the single item exemplar ${i} (examples, enum values)`,
        body: editAt(base, path, 0, () => [item])?.value,
      })),
    ];
  },
  maps: ({ node, pointer, path }, operation, base) => {
    if (typeof node['additionalProperties'] !== 'object') return [];
    const where = instancePathText(path);
    return [
      { kind: 'maps', label: `${where} empty`, body: editAt(base, path, 0, () => ({}))?.value },
      {
        kind: 'maps',
        label: `${where} with one entry`,
        body: editAt(base, path, 0, () => ({ key: exemplar(operation, `${pointer}/additionalProperties`) }))?.value,
      },
    ];
  },
  examples: ({ node, path }, _operation, base) => {
    // Examples inside array items come in through the item exemplars above.
    if (!Array.isArray(node['examples']) || path.some((s) => s.kind !== 'property')) return [];
    return node['examples'].map((example, i) => ({
      kind: 'examples',
      label: `${instancePathText(path) || 'the body'}: the spec's example ${i}`,
      body: editAt(base, path, 0, () => example)?.value,
    }));
  },
  enum: ({ node, path }, _operation, base) => {
    if (!Array.isArray(node['enum']) || path.some((s) => s.kind !== 'property')) return [];
    return node['enum'].map((value) => ({
      kind: 'enum',
      label: `${instancePathText(path)} = ${JSON.stringify(value)}`,
      body: editAt(base, path, 0, () => value)?.value,
    }));
  },
};

/**
 * The boundary phase, in the spirit of Schemathesis' coverage phase: a fixed, deterministic list
 * derived from the request schema: the required-only and all-properties bodies; lengths 0, 1,
 * min±1 and max±1 of every length bound (and `max`, `max+1` astral code points); empty and
 * single-item arrays (one per exemplar item, which covers every enum value and example inside
 * items); empty and one-entry maps; every example and enum value of the other properties; and the
 * documented media type with a charset parameter; and identifier counts past any plausible limit
 * (eleven, fifty, a thousand realistic identifiers). Each case is judged by the spec
 * (`requestViolation`): valid ones expect `created`, invalid ones `rejected`.
 */
export function boundaryCases(operation: CreateUserOperation, profile: Profile): readonly CreateUserCase[] {
  const ofOperation = madeFor.get(operation) ?? new Map<string, readonly CreateUserCase[]>();
  madeFor.set(operation, ofOperation);
  const key = JSON.stringify(profile);
  const made = ofOperation.get(key) ?? makeBoundaryCases(operation, profile);
  ofOperation.set(key, made);
  return made;
}

// The list is a function of the spec and the profile: made once (a thousand realistic identifiers
// are drawn for it), however many runs of the property a process makes (the self-test makes hundreds).
const madeFor = new WeakMap<CreateUserOperation, Map<string, readonly CreateUserCase[]>>();

function makeBoundaryCases(operation: CreateUserOperation, profile: Profile): readonly CreateUserCase[] {
  const root = operation.request.schemaPointer;
  const base = exemplar(operation, root, 0, 'all');
  const boundaries: Boundary[] = [
    { kind: 'objects', label: 'only the required properties', body: exemplar(operation, root, 0, 'required') },
    { kind: 'objects', label: 'every declared property', body: base },
    {
      kind: 'media-type',
      label: `Content-Type ${operation.request.mediaType}; charset=utf-8`,
      body: base,
      headers: { 'content-type': `${operation.request.mediaType}; charset=utf-8` },
    },
    ...schemaLocations(operation.schemaAt, root).flatMap((location) => Object.values(BOUNDARIES).flatMap((derive) => derive(location, operation, base))),
    ...identifierCountBoundaries(operation, base),
  ];
  const expectedFor = rejectionExpectation(operation, profile);
  const seen = new Set<string>();
  return boundaries
    .filter((b) => b.body !== undefined)
    .flatMap((boundary): CreateUserCase[] => {
      const key = JSON.stringify([boundary.body, boundary.headers ?? {}]);
      if (seen.has(key)) return [];
      seen.add(key);
      const testCase: CreateUserCase = {
        family: `boundary/${boundary.kind}`,
        app: 'enabled',
        body: boundary.body,
        ...(boundary.headers ? { headers: boundary.headers } : {}),
        expectation: { kind: 'created' },
        freshIdentities: true,
      };
      const violation = requestViolation(operation, caseContent(testCase));
      if (violation === undefined) return [orTooManyIdentifiers(testCase, profile, operation)];
      const property = Object.keys(boundary.body as object).find((name) => violation.reason.startsWith(`/${name}`)) ?? '';
      return [{ ...testCase, expectation: { kind: 'rejected', ...expectedFor(property), rule: violation.rule, mutation: `boundary: ${boundary.label}` } }];
    });
}
