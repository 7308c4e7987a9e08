import type { CheckSummary, ConformanceSummary, MatrixRow, SummaryFinding, Verdict } from '../../vocabulary/ConformanceSummary.ts';
import type { Severity } from '../../vocabulary/Finding.ts';
import { findingOutcome, plural } from '../../reporter/reportText.ts';

// Short words for one subject in one run, shared by the change rules and the console.

const LEVELS = ['pass', 'warning', 'error'] as const;

/** How badly a check fails: 0 no finding, 1 warnings only, 2 errors. */
export function checkLevel(check: CheckSummary | undefined): number {
  return !check ? 0 : check.errors > 0 ? 2 : check.warnings > 0 ? 1 : 0;
}

export function levelSeverity(level: number): Severity | undefined {
  const word = LEVELS[level];
  return word === 'pass' ? undefined : word;
}

/** `3 errors, 0 warnings in 60 cases`, `not exercised`, or `absent` (not in that run's catalogue). */
export function checkTally(check: CheckSummary | undefined): string {
  if (!check) return 'absent';
  if (check.cases === 0) return 'not exercised';
  return `${plural(check.errors, 'error')}, ${plural(check.warnings, 'warning')} in ${plural(check.cases, 'case')}`;
}

/** `12× in valid-realistic`, or `absent`. */
export function findingPresence(finding: SummaryFinding | undefined): string {
  return finding ? `${finding.occurrences}× in ${finding.properties.join(', ')}` : 'absent';
}

/** `response_schema (error) on 201 in valid/realistic: /id must be string`. */
export function findingTitle(finding: SummaryFinding): string {
  return `${finding.check} (${finding.severity}) on ${findingOutcome(finding)} in ${finding.family}: ${finding.message.replace(/\s+/g, ' ')}`;
}

/** `observed 4× (targeted 4)`, or `not observed` (with the run's reason when it gives one). */
export function outcomePresence(row: MatrixRow | undefined): string {
  if (!row || row.observed === 0) return row?.neverProvokedBecause ? `not observed: ${row.neverProvokedBecause}` : 'not observed';
  return `observed ${row.observed}× (targeted ${row.targeted})`;
}

export function documentedWord(row: MatrixRow | undefined): string {
  return row?.documented ? 'documented' : 'undocumented';
}

/** pass < incomplete < fail: what "the verdict got worse" means. */
export function verdictRank(verdict: Verdict): number {
  // A plan or an empty selection judged nothing: no better than an incomplete run.
  return { pass: 0, incomplete: 1, plan: 1, empty: 1, fail: 2 }[verdict];
}

/** The spec the run used; the matrix's when no property reported its metadata. */
export function specSha256(summary: ConformanceSummary): string {
  return summary.run.metadata?.spec.sha256 ?? summary.run.specUsedForMatrix.sha256;
}
