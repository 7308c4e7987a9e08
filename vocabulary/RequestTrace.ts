/**
 * The ids the suite added to one request so that a team can find it in the target's logs: a
 * request id under a configurable header (`CONFORMANCE_REQUEST_ID_HEADER`, `X-Request-ID` by
 * default) and a W3C `traceparent`. Only what the suite itself added is here: a header a user set
 * by hand (`--header`) is theirs, sent and shown as any other header. Every field is optional, so
 * reports written before it existed, or by a run with the ids turned off, still read.
 */
export interface RequestTrace {
  /** The header name as configured (`X-Request-ID`); on the wire lower case, like every header. */
  readonly requestIdHeader?: string;
  /** Unique per request (a UUIDv4): the one id that names this exchange and no other. */
  readonly requestId?: string;
  /** `00-<trace id>-<span id>-01`, as sent. */
  readonly traceparent?: string;
  /**
   * The trace id of `traceparent`: shared by every request of one generated value (a case and its
   * follow-up, a scenario's steps, a burst's copies, both targets of a differential run).
   */
  readonly traceId?: string;
}
