import type { CaseOutcome, CasePipeline } from './casePipeline.ts';
import type { Scenario } from '../generators/Scenario.ts';
import { sendStep } from './sendStep.ts';
import type { SuiteContext } from './suiteContext.ts';

/** Runs a scenario's steps in order; a `reuse` step's `from` is the index of an earlier step. */
export async function runScenario(scenario: Scenario, pipeline: CasePipeline, context: SuiteContext): Promise<readonly CaseOutcome[]> {
  const byStep: CaseOutcome[][] = [];
  for (const [index, step] of scenario.steps.entries()) {
    const source = step.kind === 'reuse' ? byStep[step.from]?.[0] : undefined;
    const label = `${index + 1}. ${step.template.family}${step.kind === 'reuse' ? ` (after step ${step.from + 1})` : ''}`;
    const created = byStep.flat().filter((o) => o.exchange.response?.status === context.operation.successStatus);
    byStep.push(await sendStep(step, source, pipeline, context, label, created));
  }
  return byStep.flat();
}
