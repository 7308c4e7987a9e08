import type { PropertyReport, ReferenceFindingTally } from '../../vocabulary/PropertyReport.ts';
import type { FidelitySummary } from '../../vocabulary/ConformanceSummary.ts';
import { findingKey } from '../../vocabulary/findingKey.ts';
import { sumCounts } from './sumCounts.ts';

/**
 * The run's fidelity figures, when it had any: agreement with the reference per case family (a
 * differential run), and the SDK's calls and HTTP requests per final status (an SDK run).
 * Undefined for a plain run, so its reports show no Fidelity section.
 */
export function summarizeFidelity(properties: readonly PropertyReport[]): FidelitySummary | undefined {
  const differential = properties.flatMap((p) => (p.fidelity ? [p.fidelity] : []));
  const sdk = properties.flatMap((p) => (p.sdk ? [p.sdk] : []));
  if (differential.length === 0 && sdk.length === 0) return undefined;
  return {
    ...(differential.length > 0 ? { reference: summarizeAgreement(differential) } : {}),
    ...(sdk.length > 0 ? { sdk: summarizeSdk(sdk) } : {}),
  };
}

function summarizeAgreement(tallies: readonly NonNullable<PropertyReport['fidelity']>[]): NonNullable<FidelitySummary['reference']> {
  const compared = sumCounts(tallies.flatMap((t) => Object.entries(t.families).map(([family, a]) => ({ [family]: a.compared }))));
  const agreed = sumCounts(tallies.flatMap((t) => Object.entries(t.families).map(([family, a]) => ({ [family]: a.agreed }))));
  const families = Object.keys(compared)
    .sort()
    .map((family) => agreement(family, compared[family]!, agreed[family]!));
  const findings = new Map<string, ReferenceFindingTally>();
  for (const finding of tallies.flatMap((t) => t.referenceFindings)) {
    const key = findingKey(finding);
    const seen = findings.get(key);
    findings.set(key, seen ? { ...seen, occurrences: seen.occurrences + finding.occurrences } : finding);
  }
  const total = agreement(
    'all',
    families.reduce((n, f) => n + f.compared, 0),
    families.reduce((n, f) => n + f.agreed, 0),
  );
  return {
    url: tallies[0]!.reference,
    total: { compared: total.compared, agreed: total.agreed, rate: total.rate },
    notCompared: tallies.reduce((n, t) => n + Object.values(t.families).reduce((m, a) => m + (a.notCompared ?? 0), 0), 0),
    families,
    referenceFindings: [...findings.values()].sort((a, b) => findingKey(a).localeCompare(findingKey(b))),
  };
}

function summarizeSdk(tallies: readonly NonNullable<PropertyReport['sdk']>[]): NonNullable<FidelitySummary['sdk']> {
  const viaFetch = sumCounts(tallies.map((t) => t.viaFetch));
  const calls = sumCounts(tallies.map((t) => Object.fromEntries(Object.entries(t.requestsByFinalStatus).map(([s, r]) => [s, r.calls]))));
  const requests = sumCounts(tallies.map((t) => Object.fromEntries(Object.entries(t.requestsByFinalStatus).map(([s, r]) => [s, r.requests]))));
  return {
    calls: tallies.reduce((n, t) => n + t.calls, 0),
    viaFetch: Object.entries(viaFetch)
      .sort()
      .map(([reason, exchanges]) => ({ reason, exchanges })),
    requestsByFinalStatus: Object.keys(calls)
      .sort()
      .map((status) => ({ status, calls: calls[status]!, requests: requests[status]! })),
  };
}

function agreement(family: string, compared: number, agreed: number) {
  return { family, compared, agreed, rate: compared === 0 ? 1 : agreed / compared };
}
