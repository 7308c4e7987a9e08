import type { CaseOutcome } from '../casePipeline.ts';
import type { SdkTally } from '../../vocabulary/PropertyReport.ts';

/**
 * The evidence of a run through the SDK: how many exchanges were SDK calls, why the others went
 * through fetch, and per final server status how many HTTP requests the calls sent (as the
 * recording proxy counted them): 3 requests per 409 call is the SDK retrying a create.
 */
export function tallySdkCalls(executions: readonly (readonly CaseOutcome[])[]): SdkTally {
  const tally = { calls: 0, viaFetch: {} as Record<string, number>, requestsByFinalStatus: {} as SdkTally['requestsByFinalStatus'] };
  for (const { exchange } of executions.flat()) {
    if (exchange.sentByFetchBecause !== undefined) tally.viaFetch[exchange.sentByFetchBecause] = (tally.viaFetch[exchange.sentByFetchBecause] ?? 0) + 1;
    if (exchange.sdk === undefined) continue;
    tally.calls++;
    const final = exchange.sdk.wire.at(-1)?.response;
    const status = final ? String(final.status) : 'no answer';
    const row = (tally.requestsByFinalStatus[status] ??= { calls: 0, requests: 0 });
    row.calls++;
    row.requests += exchange.sdk.wire.length;
  }
  return tally;
}
