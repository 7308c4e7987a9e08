import type { CheckResults } from '../checks/runChecks.ts';
import { runChecks } from '../checks/runChecks.ts';
import type { CreateUserCase } from '../vocabulary/CreateUserCase.ts';
import { freshenIdentities, sequencesFor } from '../generators/freshenIdentities.ts';
import { IDENTITY_PARTS, identityPartsOf } from '../spec/identityParts.ts';
import { valueClassesOf } from '../generators/valueClassLocations.ts';
import { isInvalidCase } from '../generators/negativeCaseArbitrary.ts';
import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import { buildRequest } from '../transport/buildRequest.ts';
import { newTraceId } from '../transport/newTraceId.ts';
import { stampRequestIds } from '../transport/stampRequestIds.ts';
import type { Exchange } from '../vocabulary/Exchange.ts';
import { DEFAULT_MAX_BODY_BYTES } from '../transport/sendRequest.ts';
import { sendWithRetryAfter } from '../transport/sendWithRetryAfter.ts';
import type { SuiteContext } from './suiteContext.ts';
import { caseTransport } from './caseTransport.ts';
import { runUnshown, type ShowStep } from './ShowStep.ts';

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
  /** The value classes its generated body drew (valid requests to the enabled app only), for the coverage section. */
  readonly valueClasses?: ReadonlyArray<{ readonly location: string; readonly name: string }>;
}

// Expectations of valid requests: their bodies are realistic values, so their classes are counted.
const COUNTED_EXPECTATIONS: ReadonlySet<string> = new Set(['created', 'conflict', 'concurrent_duplicate']);

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
  /**
   * The same pipeline, its requests in the trace `traceId` (their `traceparent`): one per generated
   * value, so a scenario's whole story is one trace in the target's logs. Outside one, each
   * `send` or `burst` is a trace of its own.
   */
  inTrace(traceId: string): CasePipeline;
  /**
   * Runs one step of a value (a request of a scenario, with its label as title) as the pipeline's
   * owner shows steps: as a step of the running test in a replay of one value, else only run.
   */
  step: ShowStep;
}

export function casePipeline(context: SuiteContext, scope: string, showStep: ShowStep = runUnshown): CasePipeline {
  return tracedPipeline(context, scope, undefined, showStep);
}

function tracedPipeline(context: SuiteContext, scope: string, traceId: string | undefined, showStep: ShowStep): CasePipeline {
  const { config, operation, profile, history, pool } = context;
  const prepare = (template: CreateUserCase, overlay?: BodyOverlay) => {
    const fresh = freshenIdentities(template.body, scope, context.takeSequences(scope, sequencesFor(template.body)));
    const freshened: CreateUserCase = {
      ...template,
      body: overlay ? overlay(fresh.body) : fresh.body,
      freshIdentities: template.freshIdentities && fresh.fresh,
      staleParts: fresh.stale,
    };
    const testCase = stillInvalidIfNegative(operation, template, freshened);
    const valueClasses = template.app === 'enabled' && COUNTED_EXPECTATIONS.has(template.expectation.kind) ? valueClassesOf(template.body) : undefined;
    return { testCase, valueClasses, request: buildRequest(testCase, config.target, operation.pathTemplate) };
  };
  const viaFetch = (_testCase: CreateUserCase, request: ReturnType<typeof prepare>['request']) =>
    sendWithRetryAfter(request, {
      timeoutMs: config.requestTimeoutMs,
      maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
      proxy: config.proxy,
      clientCertificate: config.target.clientCertificate,
      maxRetries: RETRIES_ON_429,
      maxWaitMs: MAX_RETRY_AFTER_MS,
      onBackoff: (ms) => pool.pauseFor(ms),
    });
  const exchange = caseTransport(config.transport, config.target, config.requestTimeoutMs, viaFetch, config.proxy);
  const judge = (testCase: CreateUserCase, sent: Exchange, valueClasses: CaseOutcome['valueClasses'], concurrent?: readonly Exchange[]): CaseOutcome => ({
    testCase,
    exchange: sent,
    ...(valueClasses ? { valueClasses } : {}),
    results: runChecks({ operation, profile, testCase, exchange: sent, response: sent.response, history, concurrent }, context.selection.checks),
  });
  // Ids are stamped per request sent, after the case is prepared: a burst's copies share the trace, not the id.
  const stamp = (request: ReturnType<typeof prepare>['request'], trace: string) => stampRequestIds(request, config.requestIdHeader, trace);
  return {
    send: (template, overlay) =>
      pool.run(async () => {
        const { testCase, request, valueClasses } = prepare(template, overlay);
        return judge(testCase, await exchange(testCase, stamp(request, traceId ?? newTraceId())), valueClasses);
      }),
    burst: (template, copies) =>
      pool.run(async () => {
        const { testCase, request, valueClasses } = prepare(template);
        const trace = traceId ?? newTraceId();
        const exchanges = await Promise.all(Array.from({ length: copies }, () => exchange(testCase, stamp(request, trace))));
        return exchanges.map((sent) => judge(testCase, sent, valueClasses, exchanges));
      }),
    inTrace: (id) => tracedPipeline(context, scope, id, showStep),
    step: showStep,
  };
}

/**
 * The re-validation before sending: a negative case is sent only if what goes on the wire is
 * still invalid. Should freshening have made it valid (a pattern on `external_id` in another spec
 * version, say), the case goes as generated; a negative case that is valid anyway is a suite bug,
 * never blamed on the target.
 */
function stillInvalidIfNegative(operation: CreateUserOperation, template: CreateUserCase, freshened: CreateUserCase): CreateUserCase {
  if (template.expectation.kind !== 'rejected' || isInvalidCase(operation, freshened)) return freshened;
  if (isInvalidCase(operation, template))
    return { ...template, freshIdentities: false, staleParts: identityPartsOf(template.body).map((p) => IDENTITY_PARTS[p].property) };
  throw new Error(
    `suite bug: the negative case ${template.expectation.mutation ?? template.family} is valid as generated; it was not sent: ${JSON.stringify(template.body)}`,
  );
}
