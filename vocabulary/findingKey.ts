import type { Finding } from './Finding.ts';

/** Findings are deduplicated by what a reader would call "the same problem". */
export function findingKey(finding: Finding): string {
  return [finding.check, finding.severity, finding.status ?? 'no-response', finding.code ?? '-', finding.family].join('|');
}

/**
 * The key a baseline accepts a finding by: what is wrong (check, severity, answer) and which
 * property (test) showed it. No case family: which families show a fault depends on what a seed
 * draws, and an accepted fault must stay accepted on the next seed, shard or rerun.
 */
export function baselineKey(finding: Pick<Finding, 'check' | 'severity' | 'status' | 'code'>, property: string): string {
  return [finding.check, finding.severity, finding.status ?? 'no-response', finding.code ?? '-', property].join('|');
}
