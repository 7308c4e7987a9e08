import type { CheckResults } from '../checks/runChecks.ts';
import { runChecks } from '../checks/runChecks.ts';
import type { CreateUserCase } from '../generators/CreateUserCase.ts';
import { freshenIdentities } from '../generators/freshenIdentities.ts';
import { isInvalidCase } from '../generators/negativeCaseArbitrary.ts';
import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import { buildRequest } from '../transport/buildRequest.ts';
import type { Exchange } from '../transport/Exchange.ts';
import { DEFAULT_MAX_BODY_BYTES, sendRequest } from '../transport/sendRequest.ts';
import type { SuiteContext } from './suiteContext.ts';

/** One case after it went through the whole pipeline. */
export interface CaseOutcome {
  readonly testCase: CreateUserCase;
  readonly exchange: Exchange;
  readonly results: CheckResults;
}

// Per scope (run id + worker), shared by every property of the worker process: identities made
// by two properties of one worker must not collide either.
const sequences = new Map<string, number>();

/**
 * The pipeline for one generated case: fresh identities → HTTP request → send → every
 * applicable check. `scope` makes identities unique to this sender (run id + worker).
 */
export function caseSender(context: SuiteContext, scope: string): (template: CreateUserCase) => Promise<CaseOutcome> {
  const { config, operation, profile, history, pool } = context;
  return (template) =>
    pool.run(async () => {
      const sequence = sequences.get(scope) ?? 0;
      sequences.set(scope, sequence + 1);
      const fresh = freshenIdentities(template.body, scope, sequence);
      const freshened: CreateUserCase = { ...template, body: fresh.body, freshIdentities: template.freshIdentities && fresh.fresh };
      const testCase = stillInvalidIfNegative(operation, template, freshened);
      const request = buildRequest(testCase, config.target, operation.pathTemplate);
      const exchange = await sendRequest(request, { timeoutMs: config.requestTimeoutMs, maxBodyBytes: DEFAULT_MAX_BODY_BYTES });
      const results = runChecks({ operation, profile, testCase, exchange, response: exchange.response, history });
      return { testCase, exchange, results };
    });
}

/**
 * The re-validation before sending: a negative case is sent only if what goes on the wire is
 * still invalid. Should freshening have made it valid (a pattern on `external_id` in another spec
 * version, say), the case goes as generated; a negative case that is valid anyway is a suite bug,
 * never blamed on the target.
 */
function stillInvalidIfNegative(operation: CreateUserOperation, template: CreateUserCase, freshened: CreateUserCase): CreateUserCase {
  if (template.expectation.kind !== 'rejected' || isInvalidCase(operation, freshened)) return freshened;
  if (isInvalidCase(operation, template)) return { ...template, freshIdentities: false };
  throw new Error(`suite bug: the negative case ${template.expectation.mutation ?? template.family} is valid as generated; it was not sent: ${JSON.stringify(template.body)}`);
}
