import type { ConformanceSummary } from '../vocabulary/ConformanceSummary.ts';
import { runLine } from '../reporter/reportText.ts';
import type { LatencyThresholds } from './LatencyThresholds.ts';
import type { ReportChange } from './ReportChange.ts';
import { REPORT_CHANGE_RULES } from './reportChangeRules.ts';
import { comparableLatencies } from './_internals/comparableLatencies.ts';
import { RUN_CONTEXT_NOTES } from './_internals/runContextNotes.ts';
import { specSha256 } from './_internals/describe.ts';

/** A conformance.json as read, with the name the reports call it by. */
export interface LoadedReport {
  readonly path: string;
  readonly summary: ConformanceSummary;
}

/** Which run a side of the diff is: enough to tell the two apart and to reproduce either. */
export interface RunIdentity {
  readonly path: string;
  readonly verdict: ConformanceSummary['verdict'];
  /** Target, spec, seed, suite and run id in one line, as conformance.md shows them. */
  readonly run: string;
  readonly specSha256: string;
  readonly startedAt: string;
  readonly cases: number;
  readonly properties: number;
}

/** Every behaviour change from a base run to a head run, in rule order. */
export interface ReportDiff {
  readonly base: RunIdentity;
  readonly head: RunIdentity;
  /** The runs used different spec documents: the spec-regression case (old spec vs new spec). */
  readonly specChanged: boolean;
  /** What else differs between the runs and may explain the changes (spec, suite, target). */
  readonly notes: readonly string[];
  readonly thresholds: LatencyThresholds;
  /** Statuses whose latency was compared (enough samples in both runs). */
  readonly latencyCompared: readonly string[];
  readonly changes: readonly ReportChange[];
}

/**
 * Compares two conformance runs, one rule per kind of change. Pure: the same two summaries
 * always give the same diff. A change fails the diff when its rule gates and it is an error.
 */
export function diffConformanceReports(base: LoadedReport, head: LoadedReport, thresholds: LatencyThresholds): ReportDiff {
  const runs = { base: base.summary, head: head.summary };
  const changes = REPORT_CHANGE_RULES.flatMap((rule) =>
    rule.detect(runs, thresholds).map((found): ReportChange => ({
      kind: rule.kind,
      effect: rule.effect,
      subject: found.subject,
      severity: found.severity,
      base: found.base,
      head: found.head,
      message: found.message,
      fails: rule.gates && found.severity === 'error',
      finding: found.finding,
    })),
  );
  const [baseRun, headRun] = [identity(base), identity(head)];
  return {
    base: baseRun,
    head: headRun,
    specChanged: baseRun.specSha256 !== headRun.specSha256,
    notes: RUN_CONTEXT_NOTES.flatMap((note) => note(runs.base, runs.head) ?? []),
    thresholds,
    latencyCompared: comparableLatencies(runs.base, runs.head, thresholds).map((l) => l.status),
    changes,
  };
}

function identity({ path, summary }: LoadedReport): RunIdentity {
  return {
    path,
    verdict: summary.verdict,
    run: runLine(summary),
    specSha256: specSha256(summary),
    startedAt: summary.run.startedAt,
    cases: summary.totals.cases,
    properties: summary.totals.properties,
  };
}
