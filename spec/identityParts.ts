/** One part of a request that identifies a user. */
interface IdentityPartRule {
  /** The request property it lives in. */
  readonly property: string;
  /** The 409 code a create gets when an existing user of the app already holds this part. */
  readonly conflictCode: string;
}

/**
 * The parts of a request that identify a user: each is unique among an app's users, so a create
 * reusing one that an existing user holds collides, and gets a 409 with that part's code. The
 * codes are the ones the spec's 409 schemas pin (a test keeps them so); which code goes with which
 * part only their prose says (`AlreadyInUseError`: "The identifier is already in use",
 * `ExternalIDAlreadyInUseError`; the generic `ConflictError` for a reused `id`), so it is written
 * here, once, for the generators, the checks, the latitude table and the emulator. Adding a part is
 * adding a row.
 */
export const IDENTITY_PARTS = {
  identifier: { property: 'identifiers', conflictCode: 'already_in_use' },
  external_id: { property: 'external_id', conflictCode: 'external_id_already_in_use' },
  id: { property: 'id', conflictCode: 'conflict' },
} as const satisfies Readonly<Record<string, IdentityPartRule>>;

export type IdentityPart = keyof typeof IDENTITY_PARTS;

/** Every identity part, in the table's order. */
export const IDENTITY_PART_NAMES = Object.keys(IDENTITY_PARTS) as readonly IdentityPart[];

/** The identity parts a body carries (an empty `identifiers` array carries none). */
export function identityPartsOf(body: unknown): IdentityPart[] {
  const record = (body ?? {}) as Record<string, unknown>;
  return IDENTITY_PART_NAMES.filter((part) => {
    const value = record[IDENTITY_PARTS[part].property];
    return Array.isArray(value) ? value.length > 0 : value !== undefined;
  });
}
