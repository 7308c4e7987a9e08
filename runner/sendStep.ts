import { planReuse, type ReuseSource } from '../generators/planReuse.ts';
import type { CaseOutcome, CasePipeline } from './casePipeline.ts';
import type { ScenarioStep } from '../generators/Scenario.ts';
import type { SuiteContext } from './suiteContext.ts';
import type { WireResponse } from '../vocabulary/Exchange.ts';
import { errorFields } from '../checks/errorBody.ts';

/**
 * Runs one scenario step. `source` is the earlier exchange a `reuse` step takes its identity
 * from (resolved by the caller: by step index in a scenario, by user in a model-based run);
 * without one, a reuse step is sent with fresh identities. `owned`: the exchanges of this value
 * that created a user, whose parts a `free` reuse must leave alone. A `free` reuse with nothing
 * free to re-send sends nothing. `label` names the step in reports, and titles it where the
 * pipeline shows steps in the test's report (see `CasePipeline.step`).
 */
export async function sendStep(
  step: ScenarioStep,
  source: CaseOutcome | undefined,
  pipeline: CasePipeline,
  context: SuiteContext,
  label: string,
  owned: readonly CaseOutcome[] = [],
): Promise<CaseOutcome[]> {
  const labelled = (title: string, send: () => Promise<readonly CaseOutcome[]>) =>
    pipeline.step(title, async () => (await send()).map((outcome): CaseOutcome => ({ ...outcome, label: title })));
  switch (step.kind) {
    case 'send':
      return labelled(label, async () => [await pipeline.send(step.template)]);
    case 'burst':
      return labelled(`${label} (${step.copies}× at once)`, () => pipeline.burst(step.template, step.copies));
    case 'reuse': {
      if (source === undefined) return step.reuse.parts === 'free' ? [] : labelled(label, async () => [await pipeline.send(step.template)]);
      const plan = planReuse(step.template, reuseSource(source, context), step.reuse, context.profile, {
        operation: context.operation,
        owned: owned.map((o) => o.testCase.body),
      });
      if (step.reuse.parts === 'free' && plan.reused.length === 0) return [];
      const what = plan.reused.length > 0 ? `${label} (reused: ${plan.reused.join(' + ')})` : label;
      return labelled(what, async () => [await pipeline.send(plan.testCase, plan.overlay)]);
    }
  }
}

/** An earlier exchange as a reuse sees it: what was sent, and whether it created a user or was refused. */
function reuseSource(outcome: CaseOutcome, context: SuiteContext): ReuseSource {
  const response = outcome.exchange.response;
  return {
    body: outcome.testCase.body,
    expectation: outcome.testCase.expectation,
    family: outcome.testCase.family,
    created: response?.status === context.operation.successStatus,
    refusedWith: response !== undefined && isRefusal(response) ? describeAnswer(response) : undefined,
    staleParts: outcome.testCase.staleParts ?? [],
  };
}

// A 4xx is the server saying it did not do it; 408 and 429 say it did not get to it, which is no answer.
const isRefusal = (response: WireResponse) => response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429;
const describeAnswer = (response: WireResponse) => [response.status, errorFields(response).code].filter((x) => x !== undefined).join(' ');
