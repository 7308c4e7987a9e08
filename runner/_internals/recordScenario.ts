import { describeResponse } from '../../checks/errorBody.ts';
import { curlCommand } from '../../transport/curlCommand.ts';
import type { CaseOutcome } from '../casePipeline.ts';
import type { ScenarioStepRecord } from '../../vocabulary/PropertyReport.ts';
import { groupSteps } from './groupSteps.ts';
import { recordExchange } from './recordExchange.ts';

/**
 * The steps of a multi-request counterexample as reports print them, token redacted. Consecutive
 * exchanges with the same label (a burst's copies) are one step with their answers counted.
 * `tokenVariable` is the variable curl lines read the token from (default `API_TOKEN`).
 */
export function recordScenario(outcomes: readonly CaseOutcome[], apiToken: string, tokenVariable?: string): ScenarioStepRecord[] {
  return groupSteps(outcomes).map((group) => {
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
      curl: curlCommand(first.exchange.request, apiToken, tokenVariable),
      ...(request.trace ? { trace: request.trace } : {}),
    };
  });
}
