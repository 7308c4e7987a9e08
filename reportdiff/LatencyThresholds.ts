/**
 * When a latency percentile has moved enough to be reported. Both minimums must hold, so a fast
 * target's 2 ms → 5 ms (+150%) and a slow one's 2000 ms → 2060 ms (+60 ms) are both noise; and
 * percentiles of a handful of samples are never compared at all.
 */
export interface LatencyThresholds {
  /** Minimum change relative to the base value (0.5 = 50 %). */
  readonly relative: number;
  /** Minimum change in milliseconds. */
  readonly absoluteMs: number;
  /** Minimum samples of the status in each run. */
  readonly minSamples: number;
}

export const DEFAULT_LATENCY_THRESHOLDS: LatencyThresholds = { relative: 0.5, absoluteMs: 50, minSamples: 20 };

/** The percentiles compared per status: the typical case and the tail. */
export const COMPARED_PERCENTILES = ['p50', 'p95'] as const;

/** Whether `base` → `head` (ms) is a shift beyond both minimums. */
export function isLatencyShift(base: number, head: number, thresholds: LatencyThresholds): boolean {
  const change = Math.abs(head - base);
  return change >= thresholds.absoluteMs && change >= thresholds.relative * base;
}

/** `p50 and p95 per status (compared: 201); a shift counts when ≥ 50 % and ≥ 50 ms, with ≥ 20 samples in each run`. */
export function latencyThresholdText(thresholds: LatencyThresholds, compared: readonly string[]): string {
  const which = compared.length > 0 ? `compared: ${compared.join(', ')}` : 'none compared: no status has enough samples in both runs';
  return `${COMPARED_PERCENTILES.join(' and ')} per status (${which}); a shift counts when ≥ ${Math.round(thresholds.relative * 100)} % and ≥ ${thresholds.absoluteMs} ms, with ≥ ${thresholds.minSamples} samples in each run`;
}
