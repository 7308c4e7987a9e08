import type { PropertyReport } from '../../vocabulary/PropertyReport.ts';
import type { LatencySummary } from '../../vocabulary/ConformanceSummary.ts';
import { percentile } from './percentile.ts';

/** p50/p95/p99 and max per status, over every case of every property. */
export function summarizeLatencies(properties: readonly PropertyReport[]): LatencySummary[] {
  const byStatus = new Map<string, number[]>();
  for (const property of properties) {
    for (const [status, values] of Object.entries(property.latencies)) {
      const all = byStatus.get(status) ?? [];
      all.push(...values);
      byStatus.set(status, all);
    }
  }
  return [...byStatus.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, values]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return { status, count: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.at(-1)! };
    });
}
