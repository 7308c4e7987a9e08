import { randomUUID } from 'node:crypto';
import type { RequestTrace } from '../vocabulary/RequestTrace.ts';
import type { WireRequest } from '../vocabulary/Exchange.ts';
import { randomHexId } from './_internals/randomHexId.ts';

/**
 * The request with its ids added, for finding it in the target's logs: a fresh request id (a
 * UUIDv4, the shape gateways and log pipelines accept everywhere) under `header`, and a
 * `traceparent` in the trace `traceId` with a fresh span id, flagged sampled so that a tracing
 * backend keeps it. A header the request already has (a user's `--header` of that name) wins: it
 * is left as set and not reported as the suite's. `header` undefined (`none`): nothing is added.
 * Called once per request sent, so the copies of a burst each get their own id; a 429 retry
 * re-sends the same request, ids included. The randomness is node:crypto's, so the cases a seed
 * draws are the same with the ids on or off.
 */
export function stampRequestIds(request: WireRequest, header: string | undefined, traceId: string): WireRequest {
  if (header === undefined) return request;
  const name = header.toLowerCase();
  const requestId = name in request.headers ? undefined : randomUUID();
  const traceparent = 'traceparent' in request.headers ? undefined : `00-${traceId}-${randomHexId(8)}-01`;
  if (requestId === undefined && traceparent === undefined) return request;
  const trace: RequestTrace = {
    ...(requestId === undefined ? {} : { requestIdHeader: header, requestId }),
    ...(traceparent === undefined ? {} : { traceparent, traceId }),
  };
  return {
    ...request,
    headers: { ...request.headers, ...(requestId === undefined ? {} : { [name]: requestId }), ...(traceparent === undefined ? {} : { traceparent }) },
    trace,
  };
}
