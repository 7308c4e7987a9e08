import { stillAccepted, type Baseline, type BaselineEntry } from '../../config/baseline.ts';
import type { BaselineSummary, SummaryFinding } from '../../vocabulary/ConformanceSummary.ts';
import { failsRun, type FailOn } from '../../vocabulary/Finding.ts';
import { baselineKey } from '../../vocabulary/findingKey.ts';

/** What a run knows to tell entries apart: what fails it, the properties it ran, the checks that judged a case, the day. */
export interface BaselineRun {
  readonly failOn: FailOn;
  readonly propertiesRun: ReadonlySet<string>;
  readonly checksExercised: ReadonlySet<string>;
  readonly today: string;
}

/**
 * The findings that would fail the run, each marked `known` (a live entry accepts it), `expired`
 * (its entries expired: it fails again) or `new`, and the baseline's tally: the entries no finding
 * matched are `fixed` when this run could have shown them (it ran their property, and their check
 * judged cases), otherwise `notChecked`: a narrower run never calls an entry fixed. "Fixed" is what
 * the run saw, and the reports word it so: a property draws cases, and a small run may not draw the
 * one that shows a fault it still has.
 */
export function applyBaseline(
  findings: readonly SummaryFinding[],
  baseline: Baseline,
  run: BaselineRun,
): { findings: SummaryFinding[]; summary: BaselineSummary } {
  const byKey = new Map(baseline.entries.map((e) => [e.key, e]));
  const seen = new Set<string>();
  const marked = findings.map((f): SummaryFinding => {
    // A baseline accepts what would fail the run; a finding that does not (a note) is no business of it.
    if (!failsRun(f.severity, run.failOn)) return f;
    const entries = f.properties.flatMap((p) => {
      seen.add(baselineKey(f, p));
      return byKey.get(baselineKey(f, p)) ?? [];
    });
    const entry = entries.find((e) => stillAccepted(e, run.today)) ?? entries[0];
    if (entry === undefined) return { ...f, baseline: { status: 'new' } };
    const status = stillAccepted(entry, run.today) ? 'known' : 'expired';
    return { ...f, baseline: { status, reason: entry.reason, ...(entry.expires ? { expires: entry.expires } : {}) } };
  });
  const unmatched = baseline.entries.filter((e) => !seen.has(e.key));
  const fixed = unmatched.filter((e) => couldHaveShown(e, run));
  const count = (status: string) => marked.filter((f) => f.baseline?.status === status).length;
  return {
    findings: marked,
    summary: {
      file: baseline.path,
      entries: baseline.entries.length,
      known: count('known'),
      new: count('new'),
      expired: count('expired'),
      fixed: fixed.map((e) => ({ key: e.key, reason: e.reason })),
      notChecked: unmatched.length - fixed.length,
    },
  };
}

function couldHaveShown(entry: BaselineEntry, run: BaselineRun): boolean {
  const parts = entry.key.split('|');
  return run.checksExercised.has(parts[0]!) && run.propertiesRun.has(parts.at(-1)!);
}
