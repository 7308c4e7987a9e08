import type { ReportedFinding } from '../vocabulary/PropertyReport.ts';

/**
 * What was done to a finding's counterexample, in words shared by the console and the reports:
 * "did not reproduce" only when a replay was sent and answered otherwise; a fixed case says it is
 * one; a finding nobody tried to replay (a deterministic warning, say) is never called intermittent.
 */
export function minimisationText(finding: ReportedFinding): string {
  const fixed = finding.fixedCase === true;
  const m = finding.minimisation;
  if (m === undefined) return legacyText(finding, fixed);
  switch (m.outcome) {
    case 'shrunk':
      return 'counterexample shrunk';
    case 'reproduced':
      return 'fixed case, reproduced when sent again';
    case 'not-reproduced':
      return fixed
        ? 'fixed case, sent again and answered otherwise (intermittent?)'
        : 'not shrunk: replayed, and the replay was answered otherwise (intermittent?)';
    case 'not-attempted':
      return `${fixed ? 'fixed case (minimal by construction)' : 'not shrunk'}: ${m.why}`;
  }
}

/** Reports written before `minimisation` existed: only `shrunk` is known. */
function legacyText(finding: ReportedFinding, fixed: boolean): string {
  if (fixed) return finding.shrunk ? 'fixed case, reproduced when sent again' : 'fixed case, not confirmed by sending it again';
  return finding.shrunk ? 'counterexample shrunk' : 'not shrunk';
}
