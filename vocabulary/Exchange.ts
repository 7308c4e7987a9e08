import type { RequestTrace } from './RequestTrace.ts';
import type { SdkCall } from './SdkCall.ts';

/** An HTTP request exactly as sent (headers lower-cased). May hold the token: redact before showing. */
export interface WireRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Uint8Array | undefined;
  /** Headers whose values are secrets from variables (`--header 'Name: $VAR'`): name → variable. */
  readonly secretHeaders?: Readonly<Record<string, string>>;
  /** The request id and `traceparent` the suite added (their values are also in `headers`), to find the request in the target's logs. */
  readonly trace?: RequestTrace;
}

/** An HTTP response as received, with the body read up to a bound. */
export interface WireResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly bodyText: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  readonly json: unknown;
  readonly isJson: boolean;
  /** True when the body exceeded the read bound (`readLimitBytes`) and was cut: then it is not judged. */
  readonly truncated: boolean;
  /** The bound the body was read to, when known. */
  readonly readLimitBytes?: number;
  /** With `truncated`: how large the body was (or at least was, when counting stopped too). */
  readonly size?: BodySize;
  /** True when the body is not valid UTF-8 (JSON must be); `bodyText` then holds U+FFFD. */
  readonly invalidUtf8?: boolean;
}

/** A body's size in bytes; `atLeast` when counting stopped before its end. */
export interface BodySize {
  readonly bytes: number;
  readonly atLeast: boolean;
}

/** One request/response round trip: what checks judge and reports show. */
export interface Exchange {
  readonly request: WireRequest;
  /** Undefined when no response arrived (refused, reset, timed out): see `failure`. */
  readonly response: WireResponse | undefined;
  readonly failure: string | undefined;
  /** True when `failure` is the deadline passing (`CONFORMANCE_TIMEOUT_MS`): sending it again costs the whole deadline again. */
  readonly timedOut?: boolean;
  readonly elapsedMs: number;
  /** With `CONFORMANCE_TRANSPORT=sdk`: the SDK call this exchange is (its response is what the SDK surfaced). */
  readonly sdk?: SdkCall;
  /** With `CONFORMANCE_TRANSPORT=sdk`: why this case went through fetch instead (the SDK cannot express it). */
  readonly sentByFetchBecause?: string;
}
