import type { CheckResults } from '../checks/runChecks.ts';
import { runChecks } from '../checks/runChecks.ts';
import type { CreateUserCase } from '../generators/CreateUserCase.ts';
import { freshenIdentities } from '../generators/freshenIdentities.ts';
import { buildRequest } from '../transport/buildRequest.ts';
import type { Exchange } from '../transport/Exchange.ts';
import { DEFAULT_MAX_BODY_BYTES } from '../transport/sendRequest.ts';
import { sendWithRetryAfter } from '../transport/sendWithRetryAfter.ts';
import type { SuiteContext } from './suiteContext.ts';
import { caseTransport } from './caseTransport.ts';

// A target that asks us to slow down gets up to this much patience per request.
const RETRIES_ON_429 = 3;
const MAX_RETRY_AFTER_MS = 30_000;

/** One case after it went through the whole pipeline. */
export interface CaseOutcome {
  readonly testCase: CreateUserCase;
  readonly exchange: Exchange;
  readonly results: CheckResults;
  /** What the exchange was in its scenario (`2. reuse external_id of step 1`), for reports. */
  readonly label?: string;
  /**
   * In a differential run: what the reference answered to the same step (`step`, undefined when it
   * had no such step) and its whole run of the value (`all`), for reports.
   */
  readonly counterpart?: { readonly step: CaseOutcome | undefined; readonly all: readonly CaseOutcome[] };
}

/** Writes parts of an earlier request's identity over a freshened body (see `planReuse`). */
export type BodyOverlay = (freshBody: unknown) => unknown;

/**
 * The pipeline every exchange goes through: fresh identities → HTTP request → send → every
 * applicable check. `scope` makes identities unique to this sender (run id + worker).
 */
export interface CasePipeline {
  /** One case through the pool. `overlay` runs after freshening: what it writes is sent as is. */
  send(template: CreateUserCase, overlay?: BodyOverlay): Promise<CaseOutcome>;
  /**
   * `copies` identical requests (one freshening) started at once, then each judged with all of
   * them in view. The burst takes one slot of the pool: its requests bypass the concurrency limit,
   * since sending them truly at once is the point.
   */
  burst(template: CreateUserCase, copies: number): Promise<CaseOutcome[]>;
}

export function casePipeline(context: SuiteContext, scope: string): CasePipeline {
  let sequence = 0;
  const { config, operation, profile, history, pool } = context;
  const prepare = (template: CreateUserCase, overlay?: BodyOverlay) => {
    const fresh = freshenIdentities(template.body, scope, sequence++);
    const testCase: CreateUserCase = {
      ...template,
      body: overlay ? overlay(fresh.body) : fresh.body,
      freshIdentities: template.freshIdentities && fresh.fresh,
    };
    return { testCase, request: buildRequest(testCase, config.target, operation.pathTemplate) };
  };
  const viaFetch = (_testCase: CreateUserCase, request: ReturnType<typeof prepare>['request']) =>
    sendWithRetryAfter(request, {
      timeoutMs: config.requestTimeoutMs,
      maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
      maxRetries: RETRIES_ON_429,
      maxWaitMs: MAX_RETRY_AFTER_MS,
      onBackoff: (ms) => pool.pauseFor(ms),
    });
  const exchange = caseTransport(config.transport, config.target, config.requestTimeoutMs, viaFetch);
  const judge = (testCase: CreateUserCase, sent: Exchange, concurrent?: readonly Exchange[]): CaseOutcome => ({
    testCase,
    exchange: sent,
    results: runChecks({ operation, profile, testCase, exchange: sent, response: sent.response, history, concurrent }),
  });
  return {
    send: (template, overlay) => pool.run(async () => {
      const { testCase, request } = prepare(template, overlay);
      return judge(testCase, await exchange(testCase, request));
    }),
    burst: (template, copies) => pool.run(async () => {
      const { testCase, request } = prepare(template);
      const exchanges = await Promise.all(Array.from({ length: copies }, () => exchange(testCase, request)));
      return exchanges.map((sent) => judge(testCase, sent, exchanges));
    }),
  };
}
