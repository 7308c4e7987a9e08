import { existsSync, readFileSync } from 'node:fs';
import { ConfigError } from './ConfigError.ts';

/** One accepted finding: a team's decision, with its reason, reviewed like code. */
export interface BaselineEntry {
  /** The finding's baseline key (`check|severity|status|code|property`): the same across seeds, shards and reruns. */
  readonly key: string;
  /** Why it is accepted (shown beside the finding as known). */
  readonly reason: string;
  /** `YYYY-MM-DD`: from the day after, the finding fails the run again. */
  readonly expires?: string;
  /** What the finding said when it was accepted: for the reader of the file. */
  readonly message?: string;
}

/** A committed file of accepted findings (`--baseline`). */
export interface Baseline {
  readonly path: string;
  readonly entries: readonly BaselineEntry[];
}

/** The format of the file, written in its `baselineFormat`: a reader refuses a format it does not know. */
export const BASELINE_FORMAT = 1;

const KEY = /^([a-z_]+)\|(error|warning|note)\|[^|]+\|[^|]+\|.+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const FIELDS: ReadonlySet<string> = new Set(['key', 'reason', 'expires', 'message']);

/**
 * The baseline at `path`, checked: a file that does not parse, or an entry without a key of the
 * finding-key form, without a reason, with an expiry that is no date, or naming a check
 * `knownChecks` does not hold (when given: the runner checks once, before the workers and the reporter read it), is a ConfigError with one line per problem (exit 2). A missing file
 * is an empty baseline when `mayBeMissing` (`--update-baseline` writes it).
 */
export function readBaseline(path: string, knownChecks?: readonly string[], { named = path, mayBeMissing = false } = {}): Baseline {
  if (mayBeMissing && !existsSync(path)) return { path, entries: [] };
  let content: unknown;
  try {
    content = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`${named}: cannot read it as a baseline (${(error as Error).message.split('\n')[0]}).`);
  }
  const file = content as { baselineFormat?: unknown; findings?: unknown };
  if (typeof content !== 'object' || content === null || !Array.isArray(file.findings)) {
    throw new ConfigError(`${named}: not a baseline: expected { "baselineFormat": ${BASELINE_FORMAT}, "findings": [ … ] } (--update-baseline writes one).`);
  }
  if (file.baselineFormat !== BASELINE_FORMAT)
    throw new ConfigError(`${named}: baselineFormat ${JSON.stringify(file.baselineFormat)} is not one this suite reads (${BASELINE_FORMAT}).`);
  const problems = (file.findings as unknown[]).flatMap((entry, index) => entryProblems(entry, knownChecks).map((p) => `${named}: entry ${index + 1}: ${p}`));
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  return { path, entries: file.findings as BaselineEntry[] };
}

function entryProblems(entry: unknown, knownChecks: readonly string[] | undefined): string[] {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return ['expected an object with a key and a reason.'];
  const e = entry as Record<string, unknown>;
  const check = typeof e['key'] === 'string' ? KEY.exec(e['key'])?.[1] : undefined;
  return [
    ...Object.keys(e)
      .filter((field) => !FIELDS.has(field))
      .map((field) => `unknown field "${field}" (an entry has ${[...FIELDS].join(', ')}).`),
    ...(check === undefined ? [`"key" ${JSON.stringify(e['key'])} is not a finding key (check|severity|status|code|property, as the reports print it).`] : []),
    ...(check !== undefined && knownChecks !== undefined && !knownChecks.includes(check)
      ? [`"key" names the check "${check}", which this run does not have.`]
      : []),
    ...(typeof e['reason'] !== 'string' || e['reason'].trim() === '' ? ['"reason" is missing: say why the finding is accepted.'] : []),
    ...(e['expires'] !== undefined && !isDate(e['expires']) ? [`"expires" ${JSON.stringify(e['expires'])} is not a date (YYYY-MM-DD).`] : []),
  ];
}

function isDate(value: unknown): boolean {
  return typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/** Whether `entry` still accepts its finding on `today` (`YYYY-MM-DD`): through its expiry day included. */
export function stillAccepted(entry: BaselineEntry, today: string): boolean {
  return entry.expires === undefined || entry.expires >= today;
}

/** Today's date as entries write it (UTC). */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
