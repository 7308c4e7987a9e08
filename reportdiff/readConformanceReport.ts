import { readFileSync } from 'node:fs';
import { Ajv2020, type JSONSchemaType } from 'ajv/dist/2020.js';
import type { ConformanceSummary } from '../vocabulary/ConformanceSummary.ts';
import type { LoadedReport } from './diffConformanceReports.ts';

/** The conformance.json format this `report:diff` reads (`ConformanceSummary.reportFormat`). */
export const READABLE_REPORT_FORMAT: ConformanceSummary['reportFormat'] = 1;

/** An input report that cannot be compared: unreadable, not JSON, not a conformance.json, or another format. */
export class ReportInputError extends Error {}

// What the diff reads of a summary, and nothing else: the model stays in ConformanceSummary, and
// `satisfies` below breaks the build if it renames or retypes any of these fields.
interface ReadFields {
  readonly reportFormat: number;
  readonly verdict: ConformanceSummary['verdict'];
  readonly run: { readonly startedAt: string; readonly specUsedForMatrix: { readonly sha256: string } };
  readonly totals: { readonly cases: number; readonly properties: number };
  readonly checks: readonly { readonly id: string; readonly cases: number; readonly errors: number; readonly warnings: number }[];
  readonly matrix: readonly { readonly outcome: string; readonly documented: boolean; readonly observed: number; readonly targeted: number }[];
  readonly latencies: readonly { readonly status: string; readonly count: number; readonly p50: number; readonly p95: number }[];
  readonly findings: readonly {
    readonly key: string;
    readonly check: string;
    readonly severity: 'error' | 'warning' | 'note';
    readonly family: string;
    readonly message: string;
    readonly occurrences: number;
    readonly properties: readonly string[];
    readonly shrunk: boolean;
    readonly replay: { readonly command: string; readonly curl: string };
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
// Every field listed is required: the diff reads each of them.
const objectOf = <T extends Record<string, unknown>>(properties: T) =>
  ({ type: 'object', properties, required: Object.keys(properties) as (keyof T & string)[] }) as const;
const headers = { type: 'object', additionalProperties: str, required: [] } as const;
const listOf = <T>(items: T) => ({ type: 'array', items }) as const;

const READ_FIELDS_SCHEMA = objectOf({
  reportFormat: num,
  verdict: { type: 'string', enum: ['pass', 'fail', 'incomplete', 'plan', 'empty'] } as const,
  run: objectOf({ startedAt: str, specUsedForMatrix: objectOf({ sha256: str }) }),
  totals: objectOf({ cases: num, properties: num }),
  checks: listOf(objectOf({ id: str, cases: num, errors: num, warnings: num })),
  matrix: listOf(objectOf({ outcome: str, documented: { type: 'boolean' } as const, observed: num, targeted: num })),
  latencies: listOf(objectOf({ status: str, count: num, p50: num, p95: num })),
  findings: listOf(
    objectOf({
      key: str,
      check: str,
      severity: { type: 'string', enum: ['error', 'warning', 'note'] } as const,
      family: str,
      message: str,
      occurrences: num,
      properties: listOf(str),
      shrunk: { type: 'boolean' } as const,
      replay: objectOf({ command: str, curl: str }),
      counterexample: {
        type: 'object',
        properties: {
          request: { type: 'object', properties: { method: str, url: str, headers, body: { ...str, nullable: true } }, required: ['method', 'url', 'headers'] },
          response: { ...objectOf({ status: num, headers, body: str }), nullable: true },
        },
        required: ['request'],
      } as const,
    }),
  ),
}) satisfies JSONSchemaType<ReadFields>;

const validate = new Ajv2020({ allErrors: false }).compile<ReadFields>(READ_FIELDS_SCHEMA);

/**
 * Reads a conformance.json written by the conformance reporter (`reporter/renderJson.ts`), refusing
 * with one readable line anything the diff could only misread: another `reportFormat` first
 * (so a future format says so rather than "invalid"), then any field the diff reads.
 */
export function readConformanceReport(path: string, role: 'base' | 'head'): LoadedReport {
  const name = `${role} report ${path}`;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ReportInputError(`${name}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ReportInputError(`${name}: not JSON (${(error as Error).message})`);
  }
  const format = json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>)['reportFormat'] : undefined;
  if (format === undefined)
    throw new ReportInputError(`${name}: not a conformance.json (no reportFormat field); pass the conformance.json a conformance run wrote`);
  if (format !== READABLE_REPORT_FORMAT)
    throw new ReportInputError(
      `${name}: reportFormat ${JSON.stringify(format)} is not supported; this report:diff reads reportFormat ${READABLE_REPORT_FORMAT}`,
    );
  if (!validate(json)) {
    const [error] = validate.errors ?? [];
    throw new ReportInputError(`${name}: not a valid conformance.json: ${error?.instancePath || '/'} ${error?.message ?? 'is invalid'}`);
  }
  return { path, summary: json as unknown as ConformanceSummary };
}
