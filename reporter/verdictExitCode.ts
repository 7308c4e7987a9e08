import type { ConformanceSummary, Verdict } from '../vocabulary/ConformanceSummary.ts';
import { EXIT_CODES, type ExitCode } from '../vocabulary/exitCodes.ts';

// The code a verdict imposes; undefined leaves it to the tests: `incomplete` is a test that ended
// without an outcome, which Playwright fails on its own. `plan` (a dry run) and `empty` (a
// selection that matched no conformance test) judged nothing, so neither exits as a pass.
const VERDICT_EXIT_CODES: Readonly<Record<Verdict, ExitCode | undefined>> = {
  pass: undefined,
  fail: EXIT_CODES.findings,
  incomplete: undefined,
  plan: EXIT_CODES.nothingJudged,
  empty: EXIT_CODES.nothingJudged,
};

/**
 * The exit code of a run, from its summary alone: the one rule for a single run (the reporter)
 * and for merged shards (`report:merge`, which reads conformance.json), so both exit alike.
 * Without a code of its verdict's own, a failed test is 1, as Playwright would exit, else 0.
 */
export function verdictExitCode(summary: Pick<ConformanceSummary, 'verdict' | 'totals'>): ExitCode {
  return VERDICT_EXIT_CODES[summary.verdict] ?? (summary.totals.tests.failed > 0 ? EXIT_CODES.findings : EXIT_CODES.passed);
}
