import type { Finding } from '../../vocabulary/Finding.ts';
import { DEFAULT_PROFILE } from '../../config/profile.ts';
import { loadedSuiteProperties } from '../../runner/properties/loadedSuiteProperties.ts';
import type { PropertyReport } from '../../vocabulary/PropertyReport.ts';
import { runProperty, type PropertyRunOptions } from '../_support/runProperty.ts';
import { specOperation } from '../_support/specFixture.ts';

/** The suite's default case budget (`CONFORMANCE_RUNS` unset): properties derive theirs from it. */
export const DEFAULT_RUNS = 100;

/** One distinct (check, severity) the suite reported, with the properties that reported it. */
export interface SuiteFinding {
  readonly check: string;
  readonly severity: Finding['severity'];
  readonly properties: readonly string[];
  /** One message, to say why in a failing test. */
  readonly example: string;
}

export interface SuiteVerdict {
  readonly findings: readonly SuiteFinding[];
  readonly reports: readonly PropertyReport[];
}

/**
 * Runs every property of the suite's registry in-process against `url`, all at once (they use
 * fresh identities, so they do not interfere), at the default budget unless `options.runs` says
 * otherwise, without shrinking (only which checks fire matters here). The in-process twin of `npm run conformance` against a target: same properties,
 * same checks, same seeds, minus Playwright.
 */
export async function runSuiteAgainst(url: string, options: PropertyRunOptions = {}): Promise<SuiteVerdict> {
  const profile = { ...DEFAULT_PROFILE, ...options.profile };
  const properties = await loadedSuiteProperties({ operation: specOperation(), profile });
  const reports = await Promise.all(properties.map(({ definition }) => runProperty(definition, url, { runs: DEFAULT_RUNS, shrink: false, ...options })));
  const byKey = new Map<string, { check: string; severity: Finding['severity']; properties: Set<string>; example: string }>();
  for (const report of reports) {
    for (const finding of report.findings) {
      const key = `${finding.check}:${finding.severity}`;
      const entry = byKey.get(key) ?? { check: finding.check, severity: finding.severity, properties: new Set<string>(), example: finding.message };
      entry.properties.add(report.property);
      byKey.set(key, entry);
    }
  }
  const findings = [...byKey.values()].map((f) => ({ ...f, properties: [...f.properties].sort() }));
  return { findings: findings.sort((a, b) => a.check.localeCompare(b.check) || a.severity.localeCompare(b.severity)), reports };
}
