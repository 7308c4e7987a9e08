import { ConfigError } from '../../config/ConfigError.ts';
import type { Check } from '../Check.ts';

/** A check id as CI parses it and `--checks` names it: lower-case words joined by underscores. */
const SNAKE_CASE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
const SEVERITIES: readonly unknown[] = ['error', 'warning', 'error or warning'];

type FieldRule = (value: unknown) => string | undefined;
const text =
  (field: string, what: string): FieldRule =>
  (value) =>
    value === undefined ? `has no ${field} (${what})` : typeof value !== 'string' || value.trim() === '' ? `has ${field} that is not text` : undefined;
const fn =
  (field: string, optional = false): FieldRule =>
  (value) =>
    value === undefined ? (optional ? undefined : `has no ${field} function`) : typeof value !== 'function' ? `has ${field} that is not a function` : undefined;

/**
 * What each field of `Check` must hold, in the interface's order: a module is checked as the
 * built-in catalogue is typed, since a custom check is judged, reported and replayed like them.
 */
const FIELD_RULES: Readonly<Record<keyof Check, FieldRule>> = {
  id: (value) =>
    value === undefined
      ? 'has no id'
      : typeof value !== 'string' || !SNAKE_CASE.test(value)
        ? `has id ${JSON.stringify(value)}, not a snake_case name (e.g. user_id_is_typeid)`
        : undefined,
  description: text('description', 'one line: what a passing exchange shows'),
  severity: (value) =>
    SEVERITIES.includes(value) ? undefined : `has severity ${JSON.stringify(value) ?? 'undefined'}: expected "error", "warning" or "error or warning"`,
  source: text('source', 'where the rule comes from: a spec pointer, or what stands for one'),
  explanation: text('explanation', 'the rule in full'),
  appliesTo: fn('appliesTo'),
  verify: fn('verify'),
  observe: fn('observe', true),
};

/**
 * The checks a module exports, validated: `checks` (an array) if it exports one, otherwise its
 * default export (an array, one check, or a CommonJS `module.exports = { checks }`). Every problem
 * is one line of a ConfigError naming the module (`shown`), so a broken module is exit 2 before
 * anything is sent, never a run that silently judges less than its author thinks.
 */
export function validateCustomChecks(moduleExports: Readonly<Record<string, unknown>>, shown: string, builtInIds: readonly string[]): readonly Check[] {
  const listed = listedChecks(moduleExports);
  if (typeof listed === 'string') throw new ConfigError(`checks module ${shown} ${listed}`);
  const problems: string[] = [];
  const firstWithId = new Map<string, number>();
  listed.forEach((entry, index) => {
    const n = index + 1;
    if (entry === null || typeof entry !== 'object') {
      problems.push(`check ${n} is not an object with the fields of Check (id, severity, description, source, explanation, appliesTo, verify)`);
      return;
    }
    const fields = entry as Record<string, unknown>;
    const named = typeof fields['id'] === 'string' && SNAKE_CASE.test(fields['id']) ? fields['id'] : undefined;
    const label = named === undefined ? `check ${n}` : `check ${n} ("${named}")`;
    for (const [field, rule] of Object.entries(FIELD_RULES)) {
      const problem = rule(fields[field]);
      if (problem !== undefined) problems.push(`${label} ${problem}`);
    }
    if (named === undefined) return;
    if (builtInIds.includes(named)) problems.push(`${label}: id "${named}" is a built-in check's; choose another`);
    else if (firstWithId.has(named)) problems.push(`${label}: id "${named}" is also check ${firstWithId.get(named)}'s`);
    else firstWithId.set(named, n);
  });
  if (problems.length > 0) throw new ConfigError(problems.map((p) => `checks module ${shown}: ${p}.`).join('\n'));
  return listed as Check[];
}

/** The module's list of checks, or what is wrong with its exports (completing "checks module X …"). */
function listedChecks(moduleExports: Readonly<Record<string, unknown>>): readonly unknown[] | string {
  const none = 'exports no check: export `checks`, an array of checks (or a default export: an array or one check).';
  const fallback = moduleExports['default'];
  const object = fallback !== null && typeof fallback === 'object' && !Array.isArray(fallback) ? (fallback as Record<string, unknown>) : undefined;
  const named = moduleExports['checks'] ?? object?.['checks'];
  if (named !== undefined) return !Array.isArray(named) ? 'exports `checks` that is not an array of checks.' : named.length === 0 ? none : named;
  // A CommonJS module always has a default export (its `module.exports`): one that is no check is nothing exported.
  if (fallback === undefined || (object !== undefined && !('id' in object) && !('verify' in object))) return none;
  return Array.isArray(fallback) ? (fallback.length === 0 ? none : fallback) : [fallback];
}
