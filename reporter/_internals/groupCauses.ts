import type { CauseGroup, SummaryFinding } from '../ConformanceSummary.ts';

/**
 * Findings grouped by (check, severity, status, code), in the order of each group's first finding:
 * `findings` come most basic first, so the groups do too, and each group's message is its most
 * basic finding's.
 */
export function groupCauses(findings: readonly SummaryFinding[]): CauseGroup[] {
  const groups = new Map<string, { group: CauseGroup; families: string[] }>();
  findings.forEach((finding, index) => {
    const key = [finding.check, finding.severity, finding.status ?? '-', finding.code ?? '-'].join('|');
    const entry = groups.get(key);
    if (entry === undefined) {
      groups.set(key, {
        group: {
          check: finding.check,
          severity: finding.severity,
          status: finding.status,
          code: finding.code,
          findings: 1,
          occurrences: finding.occurrences,
          message: finding.message,
          firstFinding: index,
          families: [],
        },
        families: [finding.family],
      });
      return;
    }
    entry.group = { ...entry.group, findings: entry.group.findings + 1, occurrences: entry.group.occurrences + finding.occurrences };
    entry.families.push(finding.family);
  });
  return [...groups.values()].map(({ group, families }) => ({ ...group, families }));
}

/** "positive_acceptance (error) · 200 → 15 findings, 96 cases": a cause's line, without its message. */
export function causeTitle(cause: CauseGroup): string {
  const answer = cause.status === undefined ? 'no response' : cause.code === undefined ? String(cause.status) : `${cause.status} ${cause.code}`;
  const findings = cause.findings === 1 ? '1 finding' : `${cause.findings} findings`;
  const cases = cause.occurrences === 1 ? '1 case' : `${cause.occurrences} cases`;
  return `${cause.check} (${cause.severity}) · ${answer} → ${findings}, ${cases}`;
}
