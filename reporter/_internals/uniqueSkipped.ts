import type { PropertyReport, SkippedCheck } from '../../vocabulary/PropertyReport.ts';

/** The checks skipped for lack of configuration, each (check, reason) once across properties. */
export function uniqueSkipped(properties: readonly PropertyReport[]): SkippedCheck[] {
  return properties.flatMap((p) => p.skipped ?? []).filter((s, i, all) => all.findIndex((o) => o.check === s.check && o.reason === s.reason) === i);
}
