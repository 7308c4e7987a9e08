import { readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { createRequire } from 'node:module';
import { closestName } from './closestName.ts';
import { ConfigError } from './ConfigError.ts';
import type { CheckLevel } from '../vocabulary/Finding.ts';
import { ajvErrorText } from '../vocabulary/formatAjvErrors.ts';

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
  /**
   * Severities set check by check: `error`, `warning`, or `off` (the check does not judge).
   * `--severity` (the configuration's `severity`) overrides them check by check.
   */
  readonly severity: Readonly<Record<string, CheckLevel>>;
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
  severity: {},
};

// Ajv loaded and the schema compiled on the first profile file only: every process of a run loads
// this module, few read a profile.
const require = createRequire(import.meta.url);
let profileValidator: ValidateFunction | undefined;
const validateProfile = (): ValidateFunction =>
  (profileValidator ??= new (require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js')).Ajv2020({ allErrors: true, strict: true }).compile(
    JSON.parse(readFileSync(new URL('./profile.schema.json', import.meta.url), 'utf8')) as object,
  ));

/**
 * The default profile with the overrides of a JSON file, validated against the published
 * `profile.schema.json` (which `$schema` can name for editor completion): every problem is one
 * line naming the setting, an unknown setting with a did-you-mean.
 */
export function loadProfile(path: string | undefined, named = 'CONFORMANCE_PROFILE'): Profile {
  if (path === undefined) return DEFAULT_PROFILE;
  let overrides: unknown;
  try {
    overrides = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`${named} ${path}: cannot read it as JSON (${(error as Error).message}).`);
  }
  const validate = validateProfile();
  if (!validate(overrides)) {
    throw new ConfigError((validate.errors ?? []).map((e) => `${named} ${path}: ${profileProblem(e)}`).join('\n'));
  }
  const given = overrides as Partial<Profile> & { $schema?: string };
  const { $schema: _schema, ...settings } = given;
  return { ...DEFAULT_PROFILE, ...settings, rejectionCodes: { ...DEFAULT_PROFILE.rejectionCodes, ...settings.rejectionCodes } };
}

function profileProblem(error: ErrorObject): string {
  if (error.keyword === 'additionalProperties') {
    const key = String((error.params as { additionalProperty: string }).additionalProperty);
    const near = closestName(key, Object.keys(DEFAULT_PROFILE));
    return `unknown setting "${key}"${near ? `; did you mean "${near}"?` : ''} (known: ${Object.keys(DEFAULT_PROFILE).join(', ')}).`;
  }
  if (error.keyword === 'type' && error.instancePath === '') return 'expected a JSON object of profile settings.';
  return `${ajvErrorText(error, 'settings')}.`;
}
