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
  /**
   * The 400 codes an invalid request may get, by the top-level body property it breaks (`""`: the
   * body as a whole, raw bytes, media type, and any property not listed). The spec has two
   * codes for invalid input (`invalid_request`, `invalid_id`) and does not say which applies when;
   * a target that is stricter about it narrows the sets here. Keys merge with the defaults.
   */
  readonly rejectionCodes: Readonly<Record<string, readonly string[]>>;
  /**
   * Free-form strings the spec does not bound (profile values) are tried up to this many code
   * points in the hostile-strings phase, and must be accepted.
   */
  readonly longStringCodePoints: number;
  /**
   * Instance paths (`*` = any item or map value) whose strings the target validates beyond the
   * spec's schema (identifier values are phones and emails, though typed as any string). Hostile
   * strings are not placed there: a 400 for them would be no fault.
   */
  readonly validatedBeyondSchema: readonly string[];
  /**
   * A server may read a body whatever its Content-Type, and decode invalid UTF-8 as U+FFFD
   * (lenient parsing, which the spec does not forbid): a warning by default; true makes it an error.
   */
  readonly strictRequestParsing: boolean;
}

export const DEFAULT_PROFILE: Profile = {
  identifierLimitAtLeast: 1,
  responseTimeBudgetMs: 2_000,
  userIdPrefix: 'usr_',
  duplicateIdCodes: ['conflict'],
  emailsCaseInsensitive: true,
  emailCaseRuleRequired: false,
  rejectionCodes: { '': ['invalid_request'], id: ['invalid_id', 'invalid_request'] },
  longStringCodePoints: 1_000,
  validatedBeyondSchema: ['/identifiers/*/value'],
  strictRequestParsing: false,
};

// Settings whose JSON shape is more than a typeof: each is checked by its entry.
const SHAPES: Partial<Record<keyof Profile, { readonly valid: (value: unknown) => boolean; readonly expected: string }>> = {
  duplicateIdCodes: {
    valid: (value) => Array.isArray(value) && value.length > 0 && value.every((c) => typeof c === 'string'),
    expected: 'a non-empty array of strings',
  },
  rejectionCodes: {
    valid: (value) => value !== null && typeof value === 'object' && !Array.isArray(value)
      && Object.values(value).every((codes) => Array.isArray(codes) && codes.length > 0 && codes.every((c) => typeof c === 'string')),
    expected: 'an object mapping property names to non-empty arrays of error codes',
  },
  validatedBeyondSchema: {
    valid: (value) => Array.isArray(value) && value.every((path) => typeof path === 'string' && path.startsWith('/')),
    expected: 'an array of instance paths such as "/identifiers/*/value"',
  },
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
    const shape = SHAPES[key as keyof Profile];
    if (shape ? !shape.valid(value) : typeof value !== typeof expected) {
      throw new ConfigError(`CONFORMANCE_PROFILE=${path}: "${key}" must be ${shape?.expected ?? `a ${typeof expected}`}.`);
    }
  }
  const given = overrides as Partial<Profile>;
  return { ...DEFAULT_PROFILE, ...given, rejectionCodes: { ...DEFAULT_PROFILE.rejectionCodes, ...given.rejectionCodes } };
}
