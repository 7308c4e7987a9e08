import type { PropertyReport, ReportedFinding } from '../../vocabulary/PropertyReport.ts';
import { compareFindings } from '../../runner/findingOrder.ts';
import type { SummaryFinding } from '../../vocabulary/ConformanceSummary.ts';

/**
 * Findings deduplicated across properties by their key (check, severity, status, code, family):
 * occurrences add up, and the kept counterexample is a shrunk one when any property shrank it.
 * Most basic first (`compareFindings`: errors, then nearest the main path), then by key, so the
 * order never depends on which shard ran first.
 */
export function mergeFindings(reports: readonly PropertyReport[]): SummaryFinding[] {
  const merged = new Map<string, { finding: ReportedFinding; occurrences: number; properties: string[] }>();
  for (const report of reports) {
    for (const finding of report.findings) {
      const entry = merged.get(finding.key);
      if (!entry) {
        merged.set(finding.key, { finding, occurrences: finding.occurrences, properties: [report.property] });
        continue;
      }
      entry.occurrences += finding.occurrences;
      entry.properties.push(report.property);
      if (finding.shrunk && !entry.finding.shrunk) entry.finding = finding;
    }
  }
  return [...merged.values()]
    .map(({ finding, occurrences, properties: names }) => ({ ...finding, occurrences, properties: names }))
    .sort((a, b) => compareFindings(a, b) || a.key.localeCompare(b.key));
}
