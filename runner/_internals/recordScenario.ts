import { describeResponse } from '../../checks/_internals/errorBody.ts';
import { curlCommand } from '../../transport/curlCommand.ts';
import type { CaseOutcome } from '../casePipeline.ts';
import type { ScenarioStepRecord } from '../PropertyReport.ts';
import { recordExchange } from './recordExchange.ts';

/**
 * The steps of a multi-request counterexample as reports print them, token redacted. Consecutive
 * exchanges with the same label (a burst's copies) are one step with their answers counted.
 */
export function recordScenario(outcomes: readonly CaseOutcome[], apiToken: string): ScenarioStepRecord[] {
  const groups: CaseOutcome[][] = [];
  for (const outcome of outcomes) {
    const last = groups.at(-1);
    if (last && outcome.label !== undefined && last[0]!.label === outcome.label) last.push(outcome);
    else groups.push([outcome]);
  }
  return groups.map((group) => {
    const first = group[0]!;
    const { request } = recordExchange(first.exchange);
    const answers = new Map<string, number>();
    for (const { exchange } of group) {
      const answer = exchange.response ? describeResponse(exchange.response) : `no response (${exchange.failure ?? 'unknown'})`;
      answers.set(answer, (answers.get(answer) ?? 0) + 1);
    }
    return {
      label: first.label ?? first.testCase.family,
      request: `${request.method} ${request.url}${request.body === undefined ? '' : ` ${request.body}`}`,
      answer: group.length === 1 ? [...answers.keys()][0]! : [...answers].map(([a, n]) => `${a} ×${n}`).join(', '),
      curl: curlCommand(first.exchange.request, apiToken),
    };
  });
}
