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
}

export const DEFAULT_PROFILE: Profile = {
  identifierLimitAtLeast: 1,
  responseTimeBudgetMs: 2_000,
  userIdPrefix: 'usr_',
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
    if (typeof value !== typeof expected) {
      throw new ConfigError(`CONFORMANCE_PROFILE=${path}: "${key}" must be a ${typeof expected}.`);
    }
  }
  return { ...DEFAULT_PROFILE, ...(overrides as Partial<Profile>) };
}
