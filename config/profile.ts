import { readFileSync } from 'node:fs';
import { ConfigError } from './ConfigError.ts';

/**
 * Behaviour the spec leaves open, in one place. Checks consult this instead of hard-wiring an
 * assumption; a team whose API differs overrides it with a JSON file (`CONFORMANCE_PROFILE`).
 * Findings that rest only on a profile assumption have severity `warning`.
 */
export interface Profile {
  /**
   * Requests with at most this many identifiers must never get `too_many_user_identifiers`.
   * Above it the code is accepted, provided the target is monotonic (if n is too many, so is n+1).
   */
  readonly identifierLimitAtLeast: number;
  /** A 201 slower than this gets a `response_time` warning. */
  readonly responseTimeBudgetMs: number;
  /** The spec's prose: "It is prefixed with 'usr_'". Checked as an advisory. */
  readonly userIdPrefix: string;
  /**
   * The 409 codes a create reusing an earlier user's `id` may get. The spec's 409 lists a generic
   * `conflict` besides the two identity-specific codes, and says nothing more.
   */
  readonly duplicateIdCodes: readonly string[];
  /**
   * Whether `A@example.com` and `a@example.com` are the same identifier (the emulator's rule, and
   * common practice). The spec is silent, so a target that differs gets a warning, not an error...
   */
  readonly emailsCaseInsensitive: boolean;
  /** ...unless this says the rule is a requirement. */
  readonly emailCaseRuleRequired: boolean;
}

export const DEFAULT_PROFILE: Profile = {
  identifierLimitAtLeast: 1,
  responseTimeBudgetMs: 2_000,
  userIdPrefix: 'usr_',
  duplicateIdCodes: ['conflict'],
  emailsCaseInsensitive: true,
  emailCaseRuleRequired: false,
};

/** The default profile with the overrides of a JSON file, checked key by key. */
export function loadProfile(path: string | undefined): Profile {
  if (path === undefined) return DEFAULT_PROFILE;
  let overrides: unknown;
  try {
    overrides = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`CONFORMANCE_PROFILE=${path}: cannot read it as JSON (${(error as Error).message}).`);
  }
  if (overrides === null || typeof overrides !== 'object' || Array.isArray(overrides)) {
    throw new ConfigError(`CONFORMANCE_PROFILE=${path}: expected a JSON object of profile settings.`);
  }
  for (const [key, value] of Object.entries(overrides)) {
    const expected = DEFAULT_PROFILE[key as keyof Profile];
    if (expected === undefined) {
      throw new ConfigError(`CONFORMANCE_PROFILE=${path}: unknown setting "${key}" (known: ${Object.keys(DEFAULT_PROFILE).join(', ')}).`);
    }
    if (Array.isArray(expected)) {
      if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string')) {
        throw new ConfigError(`CONFORMANCE_PROFILE=${path}: "${key}" must be a non-empty array of strings.`);
      }
    } else if (typeof value !== typeof expected) {
      throw new ConfigError(`CONFORMANCE_PROFILE=${path}: "${key}" must be a ${typeof expected}.`);
    }
  }
  return { ...DEFAULT_PROFILE, ...(overrides as Partial<Profile>) };
}
