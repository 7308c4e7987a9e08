import type { Finding } from './Finding.ts';

/** Findings are deduplicated by what a reader would call "the same problem". */
export function findingKey(finding: Finding): string {
  return [finding.check, finding.severity, finding.status ?? 'no-response', finding.code ?? '-', finding.family].join('|');
}
