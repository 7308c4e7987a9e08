import { BASELINE_FORMAT, type Baseline, type BaselineEntry } from '../config/baseline.ts';
import { failsRun } from '../vocabulary/Finding.ts';
import { baselineKey } from '../vocabulary/findingKey.ts';
import type { ConformanceSummary } from '../vocabulary/ConformanceSummary.ts';

/** A baseline written from a run (`--update-baseline`), and what changed in it. */
export interface UpdatedBaseline {
  readonly entries: readonly BaselineEntry[];
  readonly added: number;
  readonly kept: number;
  /** Entries the run showed fixed (see `applyBaseline`), dropped. */
  readonly removed: number;
}

/**
 * The baseline that accepts every finding of `summary` (judged against `previous`) that fails the
 * run: an entry already there keeps its reason and expiry, a new one gets a reason to be edited;
 * entries the run showed fixed are dropped, and those it could not check are kept as they were.
 */
export function updatedBaseline(summary: ConformanceSummary, previous: Baseline | undefined, today: string): UpdatedBaseline {
  const failOn = summary.run.metadata?.failOn ?? 'error';
  const before = new Map((previous?.entries ?? []).map((e) => [e.key, e]));
  const fixed = new Set(summary.baseline?.fixed.map((e) => e.key) ?? []);
  const failing = summary.findings.filter((f) => failsRun(f.severity, failOn));
  const runId = summary.run.metadata?.runId ?? 'this run';
  // One entry per key; a key shown by several findings (case families) keeps the first one's message.
  const keys = new Map(failing.flatMap((f) => f.properties.map((p) => [baselineKey(f, p), f.message] as const)).reverse());
  const fromRun = [...keys].map(([key, message]): BaselineEntry => ({
    key,
    reason: before.get(key)?.reason ?? `accepted by --update-baseline on ${today} (run ${runId}): say why`,
    ...(before.get(key)?.expires ? { expires: before.get(key)!.expires! } : {}),
    message,
  }));
  const seen = new Set(fromRun.map((e) => e.key));
  const untouched = (previous?.entries ?? []).filter((e) => !seen.has(e.key) && !fixed.has(e.key));
  return {
    entries: [...fromRun, ...untouched].sort((a, b) => a.key.localeCompare(b.key)),
    added: fromRun.filter((e) => !before.has(e.key)).length,
    kept: fromRun.length - fromRun.filter((e) => !before.has(e.key)).length + untouched.length,
    removed: fixed.size,
  };
}

/** The file's text: stable order and layout, so a review diff shows only what changed. */
export function renderBaseline(entries: readonly BaselineEntry[]): string {
  return `${JSON.stringify({ baselineFormat: BASELINE_FORMAT, findings: entries }, null, 2)}\n`;
}
