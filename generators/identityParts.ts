import type { Profile } from '../config/profile.ts';

/** The parts of a request that identify a user: what the 409 codes are about. */
export type IdentityPart = 'identifier' | 'external_id' | 'id';

interface IdentityPartRule {
  /** The request property it lives in. */
  readonly property: string;
  /** The 409 codes a create reusing it from an existing user may get. */
  readonly conflictCodes: (profile: Profile) => readonly string[];
}

/**
 * Which 409 code goes with which reused part: the spec's 409 schemas name them
 * (`AlreadyInUseError`: "The identifier is already in use", `ExternalIDAlreadyInUseError`), and the
 * generic `ConflictError` is what the profile accepts for a reused `id`. Adding a part is adding a row.
 */
export const IDENTITY_PARTS: Readonly<Record<IdentityPart, IdentityPartRule>> = {
  identifier: { property: 'identifiers', conflictCodes: () => ['already_in_use'] },
  external_id: { property: 'external_id', conflictCodes: () => ['external_id_already_in_use'] },
  id: { property: 'id', conflictCodes: (profile) => profile.duplicateIdCodes },
};

/** The identity parts a body carries (an empty `identifiers` array carries none). */
export function identityPartsOf(body: unknown): IdentityPart[] {
  const record = (body ?? {}) as Record<string, unknown>;
  return (Object.keys(IDENTITY_PARTS) as IdentityPart[]).filter((part) => {
    const value = record[IDENTITY_PARTS[part].property];
    return Array.isArray(value) ? value.length > 0 : value !== undefined;
  });
}

/**
 * Every code a request colliding through these parts may get. When it collides in several ways
 * at once the spec does not say which code wins, so any of them is right.
 */
export function conflictCodesFor(parts: readonly IdentityPart[], profile: Profile): string[] {
  return [...new Set(parts.flatMap((part) => IDENTITY_PARTS[part].conflictCodes(profile)))];
}
