import type { Severity } from '../vocabulary/Finding.ts';
import type { ConformanceSummary, SummaryFinding } from '../vocabulary/ConformanceSummary.ts';
import { ms } from '../reporter/reportText.ts';
import { COMPARED_PERCENTILES, isLatencyShift, type LatencyThresholds } from './LatencyThresholds.ts';
import type { Effect } from './Effect.ts';
import { checkLevel, checkTally, documentedWord, findingPresence, findingTitle, levelSeverity, outcomePresence, verdictRank } from './_internals/describe.ts';
import { comparableLatencies } from './_internals/comparableLatencies.ts';
import { pairBy } from './_internals/pairBy.ts';

/** What can differ between two runs, in words a reader of the report uses. Adding a rule adds a kind here. */
export const REPORT_CHANGE_KINDS = {
  'verdict-worsened': 'verdict got worse',
  'verdict-improved': 'verdict got better',
  'check-newly-failing': 'check newly failing',
  'check-fixed': 'check fixed',
  'check-no-longer-exercised': 'check no longer exercised',
  'check-newly-exercised': 'check newly exercised',
  'finding-new': 'new finding',
  'finding-gone': 'finding gone',
  'outcome-newly-observed': 'status/code newly observed',
  'outcome-no-longer-provoked': 'status/code no longer provoked',
  'outcome-now-documented': 'status/code now documented',
  'outcome-no-longer-documented': 'status/code no longer documented',
  'latency-slower': 'latency slower',
  'latency-faster': 'latency faster',
} as const;

export type ReportChangeKind = keyof typeof REPORT_CHANGE_KINDS;

/** Both runs, as read from their conformance.json. */
export interface RunPair {
  readonly base: ConformanceSummary;
  readonly head: ConformanceSummary;
}

/** A change as a rule found it, before the table's kind, effect and gate are attached. */
export interface DetectedChange {
  readonly subject: string;
  readonly severity?: Severity;
  readonly base: string;
  readonly head: string;
  readonly message: string;
  readonly finding?: SummaryFinding;
}

/** One kind of change: how to find it in two runs, and what it means. */
export interface ReportChangeRule {
  readonly kind: ReportChangeKind;
  readonly effect: Effect;
  /** True when a change of this kind with severity `error` fails `report:diff` (exit 1). */
  readonly gates: boolean;
  /** What a reader should do about it, or why it matters. */
  readonly why: string;
  detect(runs: RunPair, thresholds: LatencyThresholds): DetectedChange[];
}

// Each pair of rules is one comparison read both ways. A check is judged by its worst severity
// (error > warning > none); a check that stopped running is "no longer exercised", never "fixed".
export const REPORT_CHANGE_RULES: readonly ReportChangeRule[] = [
  {
    kind: 'verdict-worsened',
    effect: 'regression',
    gates: false,
    why: 'the run as a whole got worse; the rows below say why',
    detect: ({ base, head }) => (verdictRank(head.verdict) > verdictRank(base.verdict) ? [verdictChange(base, head)] : []),
  },
  {
    kind: 'verdict-improved',
    effect: 'improvement',
    gates: false,
    why: 'the run as a whole got better',
    detect: ({ base, head }) => (verdictRank(head.verdict) < verdictRank(base.verdict) ? [verdictChange(base, head)] : []),
  },
  {
    kind: 'check-newly-failing',
    effect: 'regression',
    gates: true,
    why: 'a check that passed (or only warned) now fails: a behaviour regression',
    detect: ({ base, head }) =>
      pairBy(base.checks, head.checks, (c) => c.id)
        .filter((c) => checkLevel(c.head) > checkLevel(c.base))
        .map((c) => ({
          subject: c.key,
          severity: levelSeverity(checkLevel(c.head)),
          base: checkTally(c.base),
          head: checkTally(c.head),
          message: `${c.key} now fails: ${checkTally(c.head)} (was ${checkTally(c.base)})`,
        })),
  },
  {
    kind: 'check-fixed',
    effect: 'improvement',
    gates: false,
    why: 'a failing check now passes (or only warns) on cases it still applies to',
    detect: ({ base, head }) =>
      pairBy(base.checks, head.checks, (c) => c.id)
        .filter((c) => checkLevel(c.head) < checkLevel(c.base) && (c.head?.cases ?? 0) > 0)
        .map((c) => ({
          subject: c.key,
          severity: levelSeverity(checkLevel(c.base)),
          base: checkTally(c.base),
          head: checkTally(c.head),
          message: `${c.key} fixed: ${checkTally(c.head)} (was ${checkTally(c.base)})`,
        })),
  },
  {
    kind: 'check-no-longer-exercised',
    effect: 'regression',
    gates: false,
    why: 'coverage lost: nothing the check could judge was sent or answered (configuration, spec or suite change)',
    detect: ({ base, head }) =>
      pairBy(base.checks, head.checks, (c) => c.id)
        .filter((c) => (c.base?.cases ?? 0) > 0 && (c.head?.cases ?? 0) === 0)
        .map((c) => ({
          subject: c.key,
          base: checkTally(c.base),
          head: checkTally(c.head),
          message: `${c.key} judged no case in head (${checkTally(c.base)} in base)`,
        })),
  },
  {
    kind: 'check-newly-exercised',
    effect: 'improvement',
    gates: false,
    why: 'coverage gained: the check judged cases it did not before',
    detect: ({ base, head }) =>
      pairBy(base.checks, head.checks, (c) => c.id)
        .filter((c) => (c.base?.cases ?? 0) === 0 && (c.head?.cases ?? 0) > 0)
        .map((c) => ({ subject: c.key, base: checkTally(c.base), head: checkTally(c.head), message: `${c.key} now judges cases: ${checkTally(c.head)}` })),
  },
  {
    kind: 'finding-new',
    effect: 'regression',
    gates: true,
    why: 'the target does something wrong it did not do in base; replay it from the head run',
    detect: ({ base, head }) =>
      pairBy(base.findings, head.findings, (f) => f.key).flatMap(({ key, base: was, head: is }) =>
        was || !is
          ? []
          : [
              {
                subject: key,
                severity: is.severity,
                base: findingPresence(was),
                head: findingPresence(is),
                message: `new: ${findingTitle(is)}`,
                finding: is,
              },
            ],
      ),
  },
  {
    kind: 'finding-gone',
    effect: 'improvement',
    gates: false,
    why: 'fixed, or no longer provoked (check the coverage rows)',
    detect: ({ base, head }) =>
      pairBy(base.findings, head.findings, (f) => f.key).flatMap(({ key, base: was, head: is }) =>
        is || !was
          ? []
          : [
              {
                subject: key,
                severity: was.severity,
                base: findingPresence(was),
                head: findingPresence(is),
                message: `gone: ${findingTitle(was)}`,
                finding: was,
              },
            ],
      ),
  },
  {
    kind: 'outcome-newly-observed',
    effect: 'neutral',
    gates: false,
    why: 'the target answers something it did not before: new coverage, or a new (possibly undocumented) behaviour',
    detect: ({ base, head }) =>
      pairBy(base.matrix, head.matrix, (r) => r.outcome)
        .filter((r) => (r.base?.observed ?? 0) === 0 && (r.head?.observed ?? 0) > 0)
        .map((r) => ({
          subject: r.key,
          base: outcomePresence(r.base),
          head: outcomePresence(r.head),
          message: `${r.key} (${documentedWord(r.head)}) is now observed`,
        })),
  },
  {
    kind: 'outcome-no-longer-provoked',
    effect: 'neutral',
    gates: false,
    why: 'coverage lost, or the target stopped answering it (compare the findings)',
    detect: ({ base, head }) =>
      pairBy(base.matrix, head.matrix, (r) => r.outcome)
        .filter((r) => (r.base?.observed ?? 0) > 0 && (r.head?.observed ?? 0) === 0)
        .map((r) => ({
          subject: r.key,
          base: outcomePresence(r.base),
          head: outcomePresence(r.head),
          message: `${r.key} (${documentedWord(r.base)}) is no longer observed`,
        })),
  },
  {
    kind: 'outcome-now-documented',
    effect: 'neutral',
    gates: false,
    why: 'the spec of the head run documents it and the base spec did not',
    detect: ({ base, head }) =>
      pairBy(base.matrix, head.matrix, (r) => r.outcome)
        .filter((r) => !r.base?.documented && r.head?.documented === true)
        .map((r) => ({ subject: r.key, base: documentedWord(r.base), head: documentedWord(r.head), message: `${r.key} is documented by the head run's spec` })),
  },
  {
    kind: 'outcome-no-longer-documented',
    effect: 'neutral',
    gates: false,
    why: 'the base spec documented it and the spec of the head run does not',
    detect: ({ base, head }) =>
      pairBy(base.matrix, head.matrix, (r) => r.outcome)
        .filter((r) => r.base?.documented === true && !r.head?.documented)
        .map((r) => ({
          subject: r.key,
          base: documentedWord(r.base),
          head: documentedWord(r.head),
          message: `${r.key} is no longer documented by the head run's spec`,
        })),
  },
  {
    kind: 'latency-slower',
    effect: 'regression',
    gates: false,
    why: 'beyond both noise thresholds; never gates (timings depend on the machine)',
    detect: (runs, thresholds) => latencyShifts(runs, thresholds, 'slower'),
  },
  {
    kind: 'latency-faster',
    effect: 'improvement',
    gates: false,
    why: 'beyond both noise thresholds',
    detect: (runs, thresholds) => latencyShifts(runs, thresholds, 'faster'),
  },
];

function verdictChange(base: ConformanceSummary, head: ConformanceSummary): DetectedChange {
  return { subject: 'verdict', base: base.verdict, head: head.verdict, message: `verdict ${base.verdict} → ${head.verdict}` };
}

/** p50 and p95 per status both runs answered, each with enough samples, moved beyond the thresholds. */
function latencyShifts({ base, head }: RunPair, thresholds: LatencyThresholds, direction: 'slower' | 'faster'): DetectedChange[] {
  return comparableLatencies(base, head, thresholds).flatMap(({ status, base: was, head: is }) =>
    COMPARED_PERCENTILES.flatMap((p) => {
      const [before, after] = [was[p], is[p]];
      if (after > before !== (direction === 'slower') || !isLatencyShift(before, after, thresholds)) return [];
      const percent = before > 0 ? ` (${after > before ? '+' : ''}${Math.round(((after - before) / before) * 100)} %)` : '';
      return [
        {
          subject: `${status} ${p}`,
          base: `${ms(before)} ms`,
          head: `${ms(after)} ms`,
          message: `${status} ${p} ${ms(before)} → ${ms(after)} ms${percent} (${was.count} and ${is.count} samples)`,
        },
      ];
    }),
  );
}
