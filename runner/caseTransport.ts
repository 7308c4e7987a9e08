import type { ProxySettings } from '../config/proxySettings.ts';
import type { TransportKind } from '../config/suiteConfig.ts';
import type { TargetConfig } from '../config/targetConfig.ts';
import type { CreateUserCase } from '../vocabulary/CreateUserCase.ts';
import type { Exchange, WireRequest } from '../vocabulary/Exchange.ts';
import { sdkCannotExpress } from '../transport/sdk/sdkCannotExpress.ts';
import { sendViaSdk } from '../transport/sdk/sendViaSdk.ts';

/** Sends one prepared case and returns the exchange every check judges. */
export type CaseTransport = (testCase: CreateUserCase, request: WireRequest) => Promise<Exchange>;

/**
 * The transport of a run (`CONFORMANCE_TRANSPORT`). `fetch` is the suite's own; `sdk` drives the
 * official SDK and falls back to `fetch` for what the SDK cannot express, saying why on the exchange.
 * Both reach the target through the same `proxy` settings (undefined: direct).
 */
export function caseTransport(kind: TransportKind, target: TargetConfig, timeoutMs: number, viaFetch: CaseTransport, proxy?: ProxySettings): CaseTransport {
  if (kind === 'fetch') return viaFetch;
  return async (testCase, request) => {
    const because = sdkCannotExpress(testCase);
    if (because !== undefined) return { ...(await viaFetch(testCase, request)), sentByFetchBecause: because };
    return sendViaSdk(request, testCase.body, target, timeoutMs, proxy);
  };
}
