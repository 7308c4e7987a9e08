import { planReuse } from '../generators/planReuse.ts';
import type { CaseOutcome, CasePipeline } from './casePipeline.ts';
import type { ScenarioStep } from '../generators/Scenario.ts';
import type { SuiteContext } from './suiteContext.ts';

/**
 * Runs one scenario step. `source` is the earlier exchange a `reuse` step takes its identity
 * from (resolved by the caller: by step index in a scenario, by user in a model-based run);
 * without one, a reuse step is sent with fresh identities. `label` names the step in reports.
 */
export async function sendStep(
  step: ScenarioStep,
  source: CaseOutcome | undefined,
  pipeline: CasePipeline,
  context: SuiteContext,
  label: string,
): Promise<CaseOutcome[]> {
  const labelled = (outcome: CaseOutcome): CaseOutcome => ({ ...outcome, label });
  switch (step.kind) {
    case 'send':
      return [labelled(await pipeline.send(step.template))];
    case 'burst':
      return (await pipeline.burst(step.template, step.copies)).map((o) => ({ ...o, label: `${label} (${step.copies}× at once)` }));
    case 'reuse': {
      if (source === undefined) return [labelled(await pipeline.send(step.template))];
      const plan = planReuse(
        step.template,
        {
          body: source.testCase.body,
          expectation: source.testCase.expectation,
          created: source.exchange.response?.status === context.operation.successStatus,
        },
        step.reuse,
        context.profile,
      );
      const what = plan.reused.length > 0 ? `${label} (reused: ${plan.reused.join(' + ')})` : label;
      return [{ ...(await pipeline.send(plan.testCase, plan.overlay)), label: what }];
    }
  }
}
