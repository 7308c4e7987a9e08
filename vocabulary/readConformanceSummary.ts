import { readFileSync } from 'node:fs';
import { Ajv2020, type JSONSchemaType, type ValidateFunction } from 'ajv/dist/2020.js';
import type { ConformanceSummary } from './ConformanceSummary.ts';

/** The conformance.json format the reporter writes and this version reads (`ConformanceSummary.reportFormat`). */
export const REPORT_FORMAT: ConformanceSummary['reportFormat'] = 1;

/** Why a file is not a conformance.json this version can read, most basic first. */
export type ReportReadProblem = 'unreadable' | 'not JSON' | 'no reportFormat' | 'another reportFormat' | 'invalid';

/**
 * A file that is not a conformance.json this version can read, said in one line that starts with
 * the file (`<path>: not JSON (…)`): the commands that read reports (`report:diff`, `replay`,
 * `report:merge`, `conformance:prism`) print it as their exit-2 line, each with its own prefix.
 */
export class ConformanceReportError extends Error {
  constructor(
    readonly path: string,
    readonly problem: ReportReadProblem,
    detail: string,
    options?: ErrorOptions,
  ) {
    super(`${path}: ${detail}`, options);
    this.name = 'ConformanceReportError';
  }
}

// What the suite's own readers read of a report (report:diff, replay, the shard merge's exit code,
// the Prism fidelity page, the bench's case count), and nothing else: the model stays in
// ConformanceSummary, and `satisfies` below breaks the build if it renames or retypes any of these.
interface ReadFields {
  readonly reportFormat: number;
  readonly verdict: ConformanceSummary['verdict'];
  readonly run: {
    readonly startedAt: string;
    readonly specUsedForMatrix: { readonly sha256: string };
    readonly metadata?: { readonly replayEnv?: Readonly<Record<string, string>> };
  };
  readonly totals: {
    readonly cases: number;
    readonly properties: number;
    readonly tests: { readonly passed: number; readonly failed: number; readonly skipped: number };
  };
  readonly checks: readonly { readonly id: string; readonly cases: number; readonly errors: number; readonly warnings: number }[];
  readonly matrix: readonly {
    readonly outcome: string;
    readonly status: string;
    readonly code?: string;
    readonly documented: boolean;
    readonly observed: number;
    readonly targeted: number;
  }[];
  readonly latencies: readonly { readonly status: string; readonly count: number; readonly p50: number; readonly p95: number }[];
  readonly findings: readonly {
    readonly key: string;
    readonly check: string;
    readonly severity: 'error' | 'warning' | 'note';
    readonly status?: number;
    readonly code?: string;
    readonly family: string;
    readonly message: string;
    readonly occurrences: number;
    readonly properties: readonly string[];
    readonly shrunk: boolean;
    readonly replay: { readonly command: string; readonly curl: string; readonly seed: number; readonly path: string; readonly title?: string };
    // Shown for new findings: the counterexample as conformance.md shows it.
    readonly counterexample: {
      readonly request: { readonly method: string; readonly url: string; readonly headers: Readonly<Record<string, string>>; readonly body?: string };
      readonly response?: { readonly status: number; readonly headers: Readonly<Record<string, string>>; readonly body: string };
    };
  }[];
}
((summary: ConformanceSummary) => summary) satisfies (summary: ConformanceSummary) => ReadFields;

const str = { type: 'string' } as const;
const num = { type: 'number' } as const;
const bool = { type: 'boolean' } as const;
// Optional fields: absent, or of the type given.
const nullable = <O extends Record<string, object>>(schemas: O) =>
  Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, { ...schema, nullable: true }])) as { [K in keyof O]: O[K] & { nullable: true } };
// Required fields, then optional ones: the readers read each of them.
const objectOf = <R extends Record<string, unknown>, O extends Record<string, object> = Record<never, never>>(required: R, optional?: O) =>
  ({
    type: 'object',
    properties: { ...required, ...nullable(optional ?? ({} as O)) },
    required: Object.keys(required) as (keyof R & string)[],
  }) as const;
const stringRecord = { type: 'object', additionalProperties: str, required: [] } as const;
const listOf = <T>(items: T) => ({ type: 'array', items }) as const;

const READ_FIELDS_SCHEMA = objectOf({
  reportFormat: num,
  verdict: { type: 'string', enum: ['pass', 'fail', 'incomplete', 'plan', 'empty'] } as const,
  run: objectOf({ startedAt: str, specUsedForMatrix: objectOf({ sha256: str }) }, { metadata: objectOf({}, { replayEnv: stringRecord }) }),
  totals: objectOf({ cases: num, properties: num, tests: objectOf({ passed: num, failed: num, skipped: num }) }),
  checks: listOf(objectOf({ id: str, cases: num, errors: num, warnings: num })),
  matrix: listOf(objectOf({ outcome: str, status: str, documented: bool, observed: num, targeted: num }, { code: str })),
  latencies: listOf(objectOf({ status: str, count: num, p50: num, p95: num })),
  findings: listOf(
    objectOf(
      {
        key: str,
        check: str,
        severity: { type: 'string', enum: ['error', 'warning', 'note'] } as const,
        family: str,
        message: str,
        occurrences: num,
        properties: listOf(str),
        shrunk: bool,
        replay: objectOf({ command: str, curl: str, seed: num, path: str }, { title: str }),
        counterexample: objectOf(
          { request: objectOf({ method: str, url: str, headers: stringRecord }, { body: str }) },
          { response: objectOf({ status: num, headers: stringRecord, body: str }) },
        ),
      },
      { status: num, code: str },
    ),
  ),
}) satisfies JSONSchemaType<ReadFields>;

let validate: ValidateFunction<ReadFields> | undefined;

/**
 * The one reader of a conformance.json written by the conformance reporter (`reporter/renderJson.ts`),
 * for every command that reads one. It refuses with one readable line anything its readers could
 * only misread: another `reportFormat` first (so a future format says so rather than "invalid"),
 * then any field they read. `reader` names the command in that line ("this report:diff reads …").
 */
export function readConformanceSummary(path: string, reader: string): ConformanceSummary {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ConformanceReportError(path, 'unreadable', `cannot read the file (${code})`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConformanceReportError(path, 'not JSON', `not JSON (${(error as Error).message})`);
  }
  const format = json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>)['reportFormat'] : undefined;
  if (format === undefined)
    throw new ConformanceReportError(
      path,
      'no reportFormat',
      'not a conformance.json (no reportFormat field); pass the conformance.json a conformance run wrote',
    );
  if (format !== REPORT_FORMAT)
    throw new ConformanceReportError(
      path,
      'another reportFormat',
      `reportFormat ${JSON.stringify(format)} is not supported; this ${reader} reads reportFormat ${REPORT_FORMAT}`,
    );
  // Compiled on the first read, so the commands that import this and read nothing (`run`) never pay for it.
  validate ??= new Ajv2020({ allErrors: false }).compile<ReadFields>(READ_FIELDS_SCHEMA);
  if (!validate(json)) {
    const [error] = validate.errors ?? [];
    throw new ConformanceReportError(path, 'invalid', `not a valid conformance.json: ${error?.instancePath || '/'} ${error?.message ?? 'is invalid'}`);
  }
  return json as unknown as ConformanceSummary;
}
