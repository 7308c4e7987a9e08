import type { CaseOutcome } from '../casePipeline.ts';
import type { AgreementTally, FidelityTally, ReferenceFindingTally } from '../../vocabulary/PropertyReport.ts';
import { findingKey } from '../../vocabulary/findingKey.ts';

/**
 * A differential run's figures from the exploration phase: per case family, the target's
 * exchanges compared with the reference and how many agreed; and what the checks found in the
 * reference's own answers (reported as a note about the reference, never failing the run).
 */
export function tallyAgreement(executions: readonly (readonly CaseOutcome[])[], referenceUrl: string): FidelityTally {
  const families: Record<string, AgreementTally> = {};
  const referenceFindings = new Map<string, ReferenceFindingTally>();
  for (const outcomes of executions) {
    for (const outcome of outcomes) {
      if (outcome.counterpart === undefined) continue;
      const tally = (families[outcome.testCase.family] ??= { compared: 0, agreed: 0, notCompared: 0 });
      if (!outcome.results.applied.includes('differential')) {
        tally.notCompared++;
        continue;
      }
      tally.compared++;
      if (!outcome.results.findings.some((f) => f.check === 'differential')) tally.agreed++;
    }
    for (const finding of outcomes[0]?.counterpart?.all.flatMap((o) => o.results.findings) ?? []) {
      const key = findingKey(finding);
      const seen = referenceFindings.get(key);
      referenceFindings.set(key, seen ? { ...seen, occurrences: seen.occurrences + 1 } : { ...finding, occurrences: 1 });
    }
  }
  return { reference: referenceUrl, families, referenceFindings: [...referenceFindings.values()] };
}
