import type { Verdict } from './ConformanceSummary.ts';

/**
 * Exit code 3: the run judged nothing, a dry run (`CONFORMANCE_DRY_RUN=1`) or a selection that
 * matched no conformance test. Distinct from 0, so a CI gate left in plan mode, or filtered down
 * to nothing, never goes green; distinct from 1 and 2, since nothing was found wrong.
 */
export const NOTHING_JUDGED_EXIT_CODE = 3;

/**
 * The exit code a verdict imposes; undefined leaves it to Playwright (0 when every test passed).
 * `fail` is 1 (the reporter fails the run); `incomplete` is Playwright's own failure of the test
 * that ended without an outcome.
 */
export const VERDICT_EXIT_CODES: Readonly<Record<Verdict, number | undefined>> = {
  pass: undefined,
  fail: 1,
  incomplete: undefined,
  plan: NOTHING_JUDGED_EXIT_CODE,
  empty: NOTHING_JUDGED_EXIT_CODE,
};
