import type { ConformanceSummary, Verdict } from './ConformanceSummary.ts';

/**
 * Exit code 3: the run judged nothing, a dry run (`CONFORMANCE_DRY_RUN=1`) or a selection that
 * matched no conformance test. Distinct from 0, so a CI gate left in plan mode, or filtered down
 * to nothing, never goes green; distinct from 1 and 2, since nothing was found wrong.
 */
export const NOTHING_JUDGED_EXIT_CODE = 3;

// The code a verdict imposes; undefined leaves it to the tests: `incomplete` is a test that ended
// without an outcome, which Playwright fails on its own.
const VERDICT_EXIT_CODES: Readonly<Record<Verdict, number | undefined>> = {
  pass: undefined,
  fail: 1,
  incomplete: undefined,
  plan: NOTHING_JUDGED_EXIT_CODE,
  empty: NOTHING_JUDGED_EXIT_CODE,
};

/**
 * The exit code of a run, from its summary alone: the one rule for a single run (the reporter)
 * and for merged shards (`report:merge`, which reads conformance.json), so both exit alike.
 * Without a code of its verdict's own, a failed test is 1, as Playwright would exit, else 0.
 */
export function verdictExitCode(summary: Pick<ConformanceSummary, 'verdict' | 'totals'>): number {
  return VERDICT_EXIT_CODES[summary.verdict] ?? (summary.totals.tests.failed > 0 ? 1 : 0);
}
