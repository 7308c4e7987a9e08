import type { PropertyReport, SkippedCheck } from '../../vocabulary/PropertyReport.ts';
import type { SuiteContext } from '../suiteContext.ts';
import { propertySeed } from './propertySeed.ts';
import { runMetadata } from './runMetadata.ts';

/**
 * The report of a property that sent nothing (skipped in this configuration, or a dry run): it
 * still reaches the reporter, so the reports say what was not judged and why.
 */
export function emptyReport(property: string, context: SuiteContext, skipped: SkippedCheck): PropertyReport {
  const runSeed = context.config.seed;
  return {
    property,
    run: runMetadata(context),
    runSeed,
    seed: propertySeed(runSeed, property),
    cases: 0,
    checks: {},
    findings: [],
    observed: {},
    latencies: {},
    targeted: {},
    skipped: [skipped],
  };
}
