import { findingKey } from '../../vocabulary/findingKey.ts';
import type { Minimisation, ReportedFinding } from '../../vocabulary/PropertyReport.ts';
import { curlCommand } from '../../transport/curlCommand.ts';
import type { PropertyScope } from '../PropertyScope.ts';
import type { SuiteContext } from '../suiteContext.ts';
import { recordExchange } from './recordExchange.ts';
import { recordScenario } from './recordScenario.ts';
import { referenceEvidence } from './referenceEvidence.ts';
import type { MinimalValue } from './ValueSource.ts';

/** A distinct finding of a property, and what became of its counterexample. */
export interface FindingCounterexample {
  readonly key: string;
  /** Cases of the exploration phase that showed it. */
  readonly occurrences: number;
  /** The value reported: the minimal one if it reproduced, else the first that showed it. */
  readonly chosen: MinimalValue;
  readonly minimisation: Minimisation;
  /** True for a value of a fixed list (minimal by construction). */
  readonly fixedCase: boolean;
}

/**
 * A finding as the report holds it: the exchange of its counterexample that showed it, with the
 * replay command and curl line that send it again (the token read from its variable), every step
 * of a multi-request counterexample, and the reference's answer for a `differential` finding.
 */
export function reportedFinding(
  { key, occurrences, chosen, minimisation, fixedCase }: FindingCounterexample,
  context: SuiteContext,
  scope: PropertyScope,
): ReportedFinding {
  const { config } = context;
  const showing = chosen.outcomes.find((o) => o.results.findings.some((f) => findingKey(f) === key))!;
  const finding = showing.results.findings.find((f) => findingKey(f) === key)!;
  const reference = finding.check === 'differential' ? referenceEvidence(showing, chosen.outcomes, config.reference) : undefined;
  return {
    ...finding,
    key,
    occurrences,
    counterexample: recordExchange(showing.exchange),
    shrunk: minimisation.outcome === 'shrunk' || minimisation.outcome === 'reproduced',
    ...(fixedCase ? { fixedCase: true } : {}),
    minimisation,
    replay: {
      seed: config.seed,
      path: chosen.path,
      command: scope.replayCommand(config.seed, chosen.path),
      curl: curlCommand(showing.exchange.request, config.target.apiToken, config.target.variables.apiToken),
    },
    ...(chosen.outcomes.length > 1 ? { scenario: recordScenario(chosen.outcomes, config.target.apiToken, config.target.variables.apiToken) } : {}),
    ...(reference ? { reference } : {}),
  };
}
