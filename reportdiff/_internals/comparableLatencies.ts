import type { ConformanceSummary, LatencySummary } from '../../vocabulary/ConformanceSummary.ts';
import type { LatencyThresholds } from '../LatencyThresholds.ts';
import { pairBy } from './pairBy.ts';

/** Statuses both runs answered often enough for their percentiles to mean something. */
export function comparableLatencies(
  base: ConformanceSummary,
  head: ConformanceSummary,
  thresholds: LatencyThresholds,
): Array<{ status: string; base: LatencySummary; head: LatencySummary }> {
  return pairBy(base.latencies, head.latencies, (l) => l.status).flatMap(({ key, base: was, head: is }) =>
    was && is && Math.min(was.count, is.count) >= thresholds.minSamples ? [{ status: key, base: was, head: is }] : [],
  );
}
