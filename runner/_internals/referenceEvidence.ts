import type { TargetConfig } from '../../config/targetConfig.ts';
import { curlCommand } from '../../transport/curlCommand.ts';
import type { CaseOutcome } from '../casePipeline.ts';
import type { ReferenceEvidence } from '../../vocabulary/PropertyReport.ts';
import { recordExchange } from './recordExchange.ts';
import { recordScenario } from './recordScenario.ts';
import { withoutCredentials } from './runMetadata.ts';

/**
 * The reference's side of a finding shown on `showing` (one of `outcomes`, the target's run of
 * the value): its answer to that step and, for a multi-request value, its whole run. Curl lines
 * read the reference's token from its own variable. Undefined outside a differential run.
 */
export function referenceEvidence(showing: CaseOutcome, outcomes: readonly CaseOutcome[], reference: TargetConfig | undefined): ReferenceEvidence | undefined {
  const counterpart = showing.counterpart;
  if (counterpart === undefined || reference === undefined) return undefined;
  const step = counterpart.step?.exchange;
  const variable = reference.variables.apiToken;
  return {
    url: withoutCredentials(reference.baseUrl),
    counterexample: step && recordExchange(step),
    curl: step && curlCommand(step.request, reference.apiToken, variable),
    ...(outcomes.length > 1 ? { scenario: recordScenario(counterpart.all, reference.apiToken, variable) } : {}),
  };
}
