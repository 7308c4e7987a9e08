import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { ValueClass } from './ValueClass.ts';

type Identifier = { type: string; value: string };

/**
 * How many identifiers a realistic create carries. The profile's `identifierLimitAtLeast` (1 by
 * default) is the count always accepted: `one` is at it, `several` and `many` above it, where
 * `too_many_user_identifiers` is a legitimate answer (`positive_acceptance` accepts it, if monotonic).
 * `many` reaches the emulator's default limit of 5 and goes over it.
 */
export const IDENTIFIER_ARRAY_CLASSES: ReadonlyArray<{ readonly name: string; readonly minLength: number; readonly maxLength: number }> = [
  { name: 'empty', minLength: 0, maxLength: 0 },
  { name: 'one', minLength: 1, maxLength: 1 },
  { name: 'several (2 to 4)', minLength: 2, maxLength: 4 },
  { name: 'many (5 to 8)', minLength: 5, maxLength: 8 },
];

/** The identifier-array classes over realistic identifiers, in the order `IDENTIFIER_ARRAY_CLASSES` gives. */
export function identifierArrayClasses(item: Arbitrary<Identifier>): ReadonlyArray<ValueClass<Identifier[]>> {
  return IDENTIFIER_ARRAY_CLASSES.map(({ name, minLength, maxLength }) => ({
    name,
    arbitrary: fc.array(item, { minLength, maxLength }),
    holds: (value) => Array.isArray(value) && value.length >= minLength && value.length <= maxLength,
  }));
}

const UUID = /^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/;

/**
 * A client-chosen `id`, in every spelling the latitude calls equivalent (UUIDs compare
 * case-insensitively, RFC 9562): lower case as most libraries print them, upper case as .NET's
 * `Guid.ToString("D").ToUpper()` and some databases do.
 */
export const ID_CLASSES: ReadonlyArray<ValueClass<string>> = [
  { name: 'absent', holds: (v) => v === undefined },
  { name: 'lower-case UUID', arbitrary: fc.uuid(), holds: (v) => typeof v === 'string' && UUID.test(v) },
  {
    name: 'upper-case UUID',
    arbitrary: fc.uuid().map((u) => u.toUpperCase()),
    holds: (v) => typeof v === 'string' && UUID.test(v.toLowerCase()) && v === v.toUpperCase(),
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
const sameTwice = (v: unknown) =>
  Array.isArray(v) && v.some((a, i) => v.some((b, j) => j > i && fieldOf(a, 'type') === fieldOf(b, 'type') && fieldOf(a, 'value') === fieldOf(b, 'value')));
const underBothTypes = (v: unknown) =>
  Array.isArray(v) && v.some((a) => v.some((b) => fieldOf(a, 'value') === fieldOf(b, 'value') && fieldOf(a, 'type') !== fieldOf(b, 'type')));

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
