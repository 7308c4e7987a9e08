import type { CheckResults } from '../checks/runChecks.ts';
import { runChecks } from '../checks/runChecks.ts';
import type { CreateUserCase } from '../generators/CreateUserCase.ts';
import { freshenIdentities } from '../generators/freshenIdentities.ts';
import { buildRequest } from '../transport/buildRequest.ts';
import type { Exchange } from '../transport/Exchange.ts';
import { DEFAULT_MAX_BODY_BYTES } from '../transport/sendRequest.ts';
import { sendWithRetryAfter } from '../transport/sendWithRetryAfter.ts';
import type { SuiteContext } from './suiteContext.ts';

// A target that asks us to slow down gets up to this much patience per request.
const RETRIES_ON_429 = 3;
const MAX_RETRY_AFTER_MS = 30_000;

/** One case after it went through the whole pipeline. */
export interface CaseOutcome {
  readonly testCase: CreateUserCase;
  readonly exchange: Exchange;
  readonly results: CheckResults;
}

/**
 * The pipeline for one generated case: fresh identities → HTTP request → send → every
 * applicable check. `scope` makes identities unique to this sender (run id + worker).
 */
export function caseSender(context: SuiteContext, scope: string): (template: CreateUserCase) => Promise<CaseOutcome> {
  let sequence = 0;
  const { config, operation, profile, history, pool } = context;
  return (template) =>
    pool.run(async () => {
      const fresh = freshenIdentities(template.body, scope, sequence++);
      const testCase: CreateUserCase = { ...template, body: fresh.body, freshIdentities: template.freshIdentities && fresh.fresh };
      const request = buildRequest(testCase, config.target, operation.pathTemplate);
      const exchange = await sendWithRetryAfter(request, {
        timeoutMs: config.requestTimeoutMs,
        maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
        maxRetries: RETRIES_ON_429,
        maxWaitMs: MAX_RETRY_AFTER_MS,
        onBackoff: (ms) => pool.pauseFor(ms),
      });
      const results = runChecks({ operation, profile, testCase, exchange, response: exchange.response, history });
      return { testCase, exchange, results };
    });
}
