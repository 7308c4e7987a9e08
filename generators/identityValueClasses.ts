import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { ValueClass } from './ValueClass.ts';

type Identifier = { type: string; value: string };

/**
 * How many identifiers a realistic create carries. The profile's `identifierLimitAtLeast` (1 by
 * default) is the count always accepted: `one` is at it, the others above it, where
 * `too_many_user_identifiers` is a legitimate answer (`positive_acceptance` accepts it, if
 * monotonic). The spec publishes no limit, so the counts go up to and well past any plausible one
 * (the emulator's default 5, a framework-built server's 10): a limit is provoked wherever it lies,
 * and a server that crashes on a large array is caught.
 */
export const IDENTIFIER_ARRAY_CLASSES: ReadonlyArray<{
  readonly name: string;
  readonly minLength: number;
  readonly maxLength: number;
  /** The counts drawn, when not every count from min to max is worth a draw. */
  readonly counts?: readonly number[];
  /** Drawn apart from the everyday classes, so that properties that need few identifiers never pay for them. */
  readonly pastAnyPlausibleLimit?: boolean;
}> = [
  { name: 'empty', minLength: 0, maxLength: 0 },
  { name: 'one', minLength: 1, maxLength: 1 },
  { name: 'several (2 to 4)', minLength: 2, maxLength: 4 },
  { name: 'many (5 to 10)', minLength: 5, maxLength: 10 },
  { name: 'eleven or fifty', minLength: 11, maxLength: 50, counts: [11, 50], pastAnyPlausibleLimit: true },
  { name: 'a thousand', minLength: 1000, maxLength: 1000, pastAnyPlausibleLimit: true },
];

/** The identifier counts past any plausible limit, which the boundary phase always sends. */
export const COUNTS_PAST_ANY_PLAUSIBLE_LIMIT: readonly number[] = IDENTIFIER_ARRAY_CLASSES.flatMap((c) =>
  c.pastAnyPlausibleLimit ? (c.counts ?? [c.minLength]) : [],
);

/** Which identifier-array classes a generator draws: the counts real clients send, or the ones past any limit. */
export type IdentifierCounts = 'everyday' | 'past any plausible limit';

/**
 * The identifier-array classes over realistic identifiers, in the order `IDENTIFIER_ARRAY_CLASSES`
 * gives. No identifier twice (emails compared case-insensitively): whether that is valid is a
 * question of its own (`UNSETTLED_IDENTIFIER_ARRAY_CLASSES`).
 */
export function identifierArrayClasses(item: Arbitrary<Identifier>, which: IdentifierCounts): ReadonlyArray<ValueClass<Identifier[]>> {
  const past = which === 'past any plausible limit';
  return IDENTIFIER_ARRAY_CLASSES.filter((c) => (c.pastAnyPlausibleLimit ?? false) === past).map(({ name, minLength, maxLength, counts }) => ({
    name,
    arbitrary: counts ? fc.oneof(...counts.map((n) => distinctIdentifiers(item, n, n))) : distinctIdentifiers(item, minLength, maxLength),
    holds: (value) => Array.isArray(value) && value.length >= minLength && value.length <= maxLength,
  }));
}

/** Identifiers of which no two are the same (emails compared case-insensitively). */
export function distinctIdentifiers(item: Arbitrary<Identifier>, minLength: number, maxLength: number): Arbitrary<Identifier[]> {
  return fc.uniqueArray(item, { minLength, maxLength, selector: (i) => `${i.type}:${i.value.toLowerCase()}` });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ANY_NIBBLES = /^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const isString = (v: unknown): v is string => typeof v === 'string';
/** A UUID with a version nibble `version` and a variant nibble `variant` (hex digits). */
const uuidWith = (version: Arbitrary<string>, variant: Arbitrary<string>) =>
  fc.tuple(fc.uuid(), version, variant).map(([u, v, w]) => `${u.slice(0, 14)}${v}${u.slice(15, 19)}${w}${u.slice(20)}`);

/**
 * A client-chosen `id` every mainstream validator takes for a UUID (Ajv's `format: uuid`, zod's
 * `uuid`, `validator`'s `isUUID`, the `uuid` package): RFC 9562 versions 1 to 8 in either case
 * (UUIDs compare case-insensitively: upper case as .NET's `Guid.ToString("D").ToUpper()` and some
 * databases print them).
 */
export const ID_CLASSES: ReadonlyArray<ValueClass<string>> = [
  { name: 'absent', holds: (v) => v === undefined },
  { name: 'lower-case UUID', arbitrary: fc.uuid(), holds: (v) => isString(v) && UUID.test(v) },
  {
    name: 'upper-case UUID',
    arbitrary: fc.uuid().map((u) => u.toUpperCase()),
    holds: (v) => isString(v) && UUID.test(v.toLowerCase()) && v === v.toUpperCase() && /[A-F]/.test(v),
  },
];

/**
 * `id`s that Ajv's `format: uuid` (the spec's own rule, as Fastify and express-openapi-validator
 * check it) accepts and RFC 9562 validators such as zod's `uuid` refuse: a version nibble
 * outside 1 to 8, a variant nibble outside 8 to b, the `urn:uuid:` form. A server may create the
 * user or answer 400: "either answer" cases, never valid ones. The nil and max UUIDs are left
 * out: one value each, a create carrying one can never be fresh, so it meets the user an earlier
 * run created, and no replay of it could find a failure again.
 */
export const DISPUTED_ID_CLASSES: ReadonlyArray<ValueClass<string>> = [
  {
    name: 'version nibble outside RFC 9562 (validators disagree)',
    arbitrary: uuidWith(fc.constantFrom('0', '9', 'a', 'b', 'c', 'd', 'e', 'f'), fc.constantFrom('8', '9', 'a', 'b')),
    holds: (v) => isString(v) && ANY_NIBBLES.test(v) && !/[1-8]/.test(v[14]!) && /[89ab]/i.test(v[19]!),
  },
  {
    name: 'variant nibble outside RFC 9562 (validators disagree)',
    arbitrary: uuidWith(fc.constantFrom('4', '7'), fc.constantFrom('0', '3', '7', 'c', 'e', 'f')),
    holds: (v) => isString(v) && ANY_NIBBLES.test(v) && !/[89ab]/i.test(v[19]!) && !/^(0+|f+)$/i.test(v.replaceAll('-', '')),
  },
  {
    name: 'urn:uuid: form (validators disagree)',
    arbitrary: fc.uuid().map((u) => `urn:uuid:${u}`),
    holds: (v) => isString(v) && /^urn:uuid:/i.test(v),
  },
];

/**
 * `external_id` lengths (code points): the latitude names no equivalent spellings of it (it is
 * compared as sent), so its classes are lengths: a typical key, and a long one up to the spec's
 * maximum, where a server with a narrower column fails. Both hold a freshening token (24 and up).
 */
export const EXTERNAL_ID_CLASSES: ReadonlyArray<{ readonly name: string; readonly minLength: number; readonly maxLength?: number }> = [
  { name: 'absent', minLength: -1, maxLength: -1 },
  { name: '24 to 64 code points', minLength: 24, maxLength: 64 },
  { name: '65 code points to the maximum', minLength: 65 },
];

/** The class of an `external_id` value by its length (undefined: absent). */
export function externalIdClassHolds(entry: (typeof EXTERNAL_ID_CLASSES)[number], value: unknown): boolean {
  if (value === undefined) return entry.minLength < 0;
  const length = typeof value === 'string' ? [...value].length : -2;
  return length >= entry.minLength && length <= (entry.maxLength ?? Infinity) && entry.minLength >= 0;
}

/** An item's field, `undefined` for an item that is not an object (as `item?.field` read it). */
const fieldOf = (item: unknown, field: 'type' | 'value'): unknown =>
  typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[field] : undefined;
/** Whether two items of the array share a key (linear: arrays of a thousand identifiers are drawn). */
const twoShare = (v: unknown, key: (item: unknown) => string | undefined): boolean => {
  if (!Array.isArray(v)) return false;
  const seen = new Set<string>();
  for (const item of v) {
    const k = key(item);
    if (k === undefined) continue;
    if (seen.has(k)) return true;
    seen.add(k);
  }
  return false;
};
// A key of any JSON value with no NUL in it (the separator below): a string as itself (the usual
// case, keyed for every valid case), anything else as JSON (which escapes NUL), tagged apart.
const keyOf = (v: unknown) => (typeof v === 'string' && !v.includes('\u0000') ? `s${v}` : `j${JSON.stringify(v)}`);
const identifierKey = (item: unknown) => `${keyOf(fieldOf(item, 'type'))}\u0000${keyOf(fieldOf(item, 'value'))}`;
const sameTwice = (v: unknown) => twoShare(v, identifierKey);
const underBothTypes = (v: unknown) =>
  Array.isArray(v) && twoShare([...new Map(v.map((item) => [identifierKey(item), item])).values()], (item) => keyOf(fieldOf(item, 'value')));

/**
 * Identifier arrays whose validity the spec leaves open: the same identifier twice, and one value
 * under both types (a phone number sent as an email too, as a form that copies one field into
 * another does). A server may create the user or refuse the request (the emulator answers 400
 * `invalid_request`): these are drawn only by the valid-realistic property, with that expectation.
 */
export const UNSETTLED_IDENTIFIER_ARRAY_CLASSES: ReadonlyArray<{ readonly name: string; readonly holds: (value: unknown) => boolean }> = [
  { name: 'same identifier twice', holds: sameTwice },
  { name: 'one value under both types', holds: underBothTypes },
];
