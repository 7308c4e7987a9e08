import { createHash } from 'node:crypto';
import { followUpStep } from '../generators/followUpStep.ts';
import type { CreateUserCase } from '../vocabulary/CreateUserCase.ts';
import type { CaseOutcome, CasePipeline } from './casePipeline.ts';
import { sendStep } from './sendStep.ts';
import type { SuiteContext } from './suiteContext.ts';

/**
 * Which cases of a property are followed, once refused, by a create that re-sends their free
 * parts (`refusal_leaves_no_trace`): every one, or a sample of about one in `SAMPLE_ONE_IN`, picked
 * by the case itself so that a replay or a shrink step of it is followed up as the run was.
 */
export type FollowUpRefusals = 'every' | 'sampled';

const SAMPLE_ONE_IN = 4;

const FOLLOWED: Readonly<Record<FollowUpRefusals, (testCase: CreateUserCase) => boolean>> = {
  every: () => true,
  sampled: (testCase) =>
    createHash('sha256')
      .update(`${testCase.family}\n${JSON.stringify(testCase.body) ?? ''}`)
      .digest()
      .readUInt32BE(0) %
      SAMPLE_ONE_IN ===
    0,
};

/**
 * Sends a case; if it was refused (and the policy follows it up), then a create on the enabled app
 * with what of its identity is free. The two are one value: a finding on the second shows both
 * steps, and shrinking or replaying the case repeats both.
 */
export function sendThenFollowUp(
  policy: FollowUpRefusals,
): (testCase: CreateUserCase, pipeline: CasePipeline, context: SuiteContext) => Promise<CaseOutcome[]> {
  return async (testCase, pipeline, context) => {
    const step = FOLLOWED[policy](testCase) ? followUpStep(testCase.family, context.operation) : undefined;
    // A case that may be followed up is the first of two steps, shown under the label it then gets.
    const label = `1. ${testCase.family}`;
    const sent = step === undefined ? await pipeline.send(testCase) : await pipeline.step(label, () => pipeline.send(testCase));
    const status = sent.exchange.response?.status;
    if (step === undefined || status === undefined || status < 400 || status >= 500) return [sent];
    const first = { ...sent, label };
    const followUp = await sendStep(step, first, pipeline, context, `2. ${step.template.family} (after step 1)`);
    return followUp.length === 0 ? [sent] : [first, ...followUp];
  };
}
