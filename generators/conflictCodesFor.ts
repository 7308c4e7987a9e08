import type { Profile } from '../config/profile.ts';
import { IDENTITY_PARTS, type IdentityPart } from '../spec/identityParts.ts';

/**
 * The parts whose 409 codes the profile sets instead of the spec's table: a reused `id`, which the
 * spec only covers with its generic `ConflictError` (`duplicateIdCodes`, `conflict` by default).
 */
const PROFILE_CONFLICT_CODES: Readonly<Partial<Record<IdentityPart, (profile: Profile) => readonly string[]>>> = {
  id: (profile) => profile.duplicateIdCodes,
};

/**
 * Every code a request colliding through these parts may get. When it collides in several ways
 * at once the spec does not say which code wins, so any of them is right.
 */
export function conflictCodesFor(parts: readonly IdentityPart[], profile: Profile): string[] {
  return [...new Set(parts.flatMap((part) => PROFILE_CONFLICT_CODES[part]?.(profile) ?? [IDENTITY_PARTS[part].conflictCode]))];
}
