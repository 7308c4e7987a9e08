import type { ConformanceSummary } from '../vocabulary/ConformanceSummary.ts';

/** `conformance.json`: the summary as is, for machines (report diffs, dashboards). */
export function renderJson(summary: ConformanceSummary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}
