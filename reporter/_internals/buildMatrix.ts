import type { PropertyReport } from '../../vocabulary/PropertyReport.ts';
import type { MatrixRow } from '../../vocabulary/ConformanceSummary.ts';
import { neverProvokedReason } from './neverProvokedReason.ts';
import { sumCounts } from './sumCounts.ts';
import { uniqueSkipped } from './uniqueSkipped.ts';

/** The documented outcomes, from the spec: the success status and every (status, code) pairing. */
export interface DocumentedOutcomes {
  readonly successStatus: number;
  readonly pairings: readonly { readonly httpStatus: number; readonly code: string }[];
}

/**
 * The (status, code) matrix: every documented outcome with how often it was observed and
 * targeted, and why it never was; then every undocumented outcome the target produced.
 */
export function buildMatrix(properties: readonly PropertyReport[], documented: DocumentedOutcomes): MatrixRow[] {
  const observed = sumCounts(properties.map((p) => p.observed));
  const targeted = sumCounts(properties.map((p) => p.targeted));
  const skipped = uniqueSkipped(properties);
  const disabledAppConfigured = properties[0]?.run.target.disabledAppConfigured;
  const documentedKeys = [String(documented.successStatus), ...documented.pairings.map((p) => `${p.httpStatus} ${p.code}`)];
  const unique = [...new Set(documentedKeys)];
  const row = (outcome: string, isDocumented: boolean): MatrixRow => {
    const [status = outcome, ...code] = outcome.split(' ');
    const seen = observed[outcome] ?? 0;
    const tried = targeted[outcome] ?? 0;
    return {
      outcome,
      status,
      code: code.length > 0 ? code.join(' ') : undefined,
      documented: isDocumented,
      observed: seen,
      targeted: tried,
      neverProvokedBecause: isDocumented && seen === 0 ? neverProvokedReason({ status, targeted: tried, disabledAppConfigured, skipped }) : undefined,
    };
  };
  const undocumented = Object.keys(observed)
    .filter((o) => !unique.includes(o))
    .sort();
  return [...unique.map((o) => row(o, true)), ...undocumented.map((o) => row(o, false))];
}
