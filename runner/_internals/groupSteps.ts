import type { CaseOutcome } from '../casePipeline.ts';

/**
 * A value's outcomes by step: consecutive outcomes with the same label (a burst's copies) are one
 * step, anything else is a step of its own.
 */
export function groupSteps(outcomes: readonly CaseOutcome[]): CaseOutcome[][] {
  const groups: CaseOutcome[][] = [];
  for (const outcome of outcomes) {
    const last = groups.at(-1);
    if (last && outcome.label !== undefined && last[0]!.label === outcome.label) last.push(outcome);
    else groups.push([outcome]);
  }
  return groups;
}
