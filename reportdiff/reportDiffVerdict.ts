import { plural } from '../reporter/reportText.ts';
import type { ReportDiff } from './diffConformanceReports.ts';

/** The gate and the counts a reader sees first. */
export interface ReportDiffVerdict {
  /** A new error finding, or a check newly failing with errors: `report:diff` exits 1. */
  readonly fails: boolean;
  readonly failing: number;
  readonly regressions: number;
  readonly improvements: number;
  readonly neutral: number;
}

export function reportDiffVerdict(diff: ReportDiff): ReportDiffVerdict {
  const count = (effect: string) => diff.changes.filter((c) => c.effect === effect).length;
  const failing = diff.changes.filter((c) => c.fails).length;
  return { fails: failing > 0, failing, regressions: count('regression'), improvements: count('improvement'), neutral: count('neutral') };
}

/** `FAIL: 2 changes fail (new error finding or check newly failing with errors); 3 regressions, 1 improvement, 2 other changes`. */
export function verdictLine(verdict: ReportDiffVerdict): string {
  const counts = `${plural(verdict.regressions, 'regression')}, ${plural(verdict.improvements, 'improvement')}, ${plural(verdict.neutral, 'other change')}`;
  return verdict.fails
    ? `FAIL: ${plural(verdict.failing, 'change fails', 'changes fail')} (a new error finding or a check newly failing with errors); ${counts}`
    : `PASS: no new error finding; ${counts}`;
}
