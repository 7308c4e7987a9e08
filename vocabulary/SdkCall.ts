/** One HTTP request the SDK sent, and the server's answer, as the recording proxy saw them. */
export interface ProxiedRequest {
  readonly request: { readonly method: string; readonly path: string; readonly headers: Readonly<Record<string, string>>; readonly body: string };
  /** Undefined when the target did not answer (see `failure`). */
  readonly response: { readonly status: number; readonly headers: Readonly<Record<string, string>>; readonly bodyText: string } | undefined;
  readonly failure: string | undefined;
}

/** What an SDK call gave its caller: a resolved value, or a thrown error. */
export type SdkSurfaced =
  | { readonly kind: 'resolved'; readonly status: number; readonly headers: Readonly<Record<string, string>>; readonly data: unknown }
  | {
      readonly kind: 'threw';
      /** The error's class name, e.g. `ConflictError`. */
      readonly errorClass: string;
      /** Undefined for connection errors and timeouts. */
      readonly status: number | undefined;
      readonly headers: Readonly<Record<string, string>> | undefined;
      /** The SDK's parsed error body (`error.error`): undefined when the body was not JSON. */
      readonly body: unknown;
      readonly message: string;
    };

/**
 * One create sent through the official SDK: what the SDK surfaced, and every HTTP request it
 * actually sent for that call (its retries included), counted by the recording proxy rather than
 * taken from the SDK's word. `sdk_fidelity` compares the two.
 */
export interface SdkCall {
  readonly surfaced: SdkSurfaced;
  readonly wire: readonly ProxiedRequest[];
}
