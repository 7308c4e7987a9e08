import type { SkippedCheck } from '../../vocabulary/PropertyReport.ts';
import type { CheckSummary, FidelitySummary, MatrixRow, Verdict } from '../../vocabulary/ConformanceSummary.ts';

/** What the run says about itself, for explaining why a check judged nothing. */
export interface RunFacts {
  readonly verdict: Verdict;
  readonly skipped: readonly SkippedCheck[];
  readonly matrix: readonly MatrixRow[];
  readonly fidelity: FidelitySummary | undefined;
  /** Checks the run's selection left out (`--checks`, `--exclude-checks`). */
  readonly checksLeftOut: readonly string[];
  /** Checks whose severity the run set to `off` (`--severity`, the profile's `severity`). */
  readonly checksOff: readonly string[];
}

interface Rule {
  readonly applies: (check: string, run: RunFacts) => boolean;
  readonly reason: (check: string, run: RunFacts) => string;
}

// Checks that judge what follows a successful create (its duplicate, its id).
const NEED_A_CREATE = new Set(['conflict', 'exactly_once', 'user_id_prefix']);

/**
 * Why a check judged no case, first matching rule wins. A check with 0 cases has not passed: the
 * reports say "not exercised" and this reason, so "passing 0/0" never reads as an all-clear.
 */
const RULES: readonly Rule[] = [
  { applies: (_c, run) => run.verdict === 'plan', reason: () => 'dry run: nothing was sent' },
  { applies: (_c, run) => run.verdict === 'empty', reason: () => 'the selection matched no conformance test' },
  { applies: (check, run) => run.checksLeftOut.includes(check), reason: () => 'left out by the selection (CONFORMANCE_CHECKS / CONFORMANCE_EXCLUDE_CHECKS)' },
  { applies: (check, run) => run.checksOff.includes(check), reason: () => "its severity is set to off (--severity, or the profile's severity)" },
  {
    applies: (check, run) => run.skipped.some((s) => s.check === check),
    reason: (check, run) =>
      run.skipped
        .filter((s) => s.check === check)
        .map((s) => s.reason)
        .join('; '),
  },
  { applies: (check, run) => check === 'sdk_fidelity' && !run.fidelity?.sdk, reason: () => 'the run did not go through the SDK (CONFORMANCE_TRANSPORT=sdk)' },
  {
    applies: (check, run) => check === 'differential' && !run.fidelity?.reference,
    reason: () => 'no reference target (PRELUDE_REFERENCE_URL), so nothing was compared',
  },
  {
    applies: (check, run) => NEED_A_CREATE.has(check) && !run.matrix.some((r) => r.documented && r.status.startsWith('2') && r.observed > 0),
    reason: (_c, run) =>
      `no create was answered ${run.matrix.find((r) => r.documented && r.status.startsWith('2'))?.status ?? 'with the success status'}, so nothing built on one was judged`,
  },
  { applies: () => true, reason: () => 'no case of the properties that ran is one it judges' },
];

/** The checks, each with a 0-case one marked "not exercised" and why. */
export function withNotExercised(checks: readonly CheckSummary[], run: RunFacts): CheckSummary[] {
  return checks.map((c) => (c.cases > 0 ? c : { ...c, notExercised: RULES.find((r) => r.applies(c.id, run))!.reason(c.id, run) }));
}
