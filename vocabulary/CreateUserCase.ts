/** Which configured app a case is sent to. */
export type AppRole = 'enabled' | 'disabled' | 'unknown';

/**
 * A rule that rests on a profile setting rather than on the spec: a deviation is an `error` only
 * when the profile marks the rule required, a `warning` otherwise.
 */
export interface ProfileAssumption {
  readonly setting: string;
  readonly required: boolean;
}

/**
 * An earlier request that was refused, part of whose identity a later create re-sends: a refused
 * create creates nothing and takes nothing, so the parts it carried are as free as before it.
 */
export interface RefusedRequest {
  /** How it was refused: `400 invalid_request`, `401`, `404 app_not_found`. */
  readonly answer: string;
  /** Its case family (`negative/length`, `auth/wrong-token`): what kind of request it was. */
  readonly family: string;
  /** The parts re-sent: `identifier + external_id`. */
  readonly reused: string;
}

/** What the spec says must happen to a case; the checks compare the response with this. */
export type Expectation =
  /**
   * A valid request with fresh identities on an enabled app: 201, or a consistent business rule.
   * `provesNoEffectOf`: this create re-sends parts of the identity of an earlier request that was
   * refused, so it must be answered as if that request had never been sent: a 409 here shows
   * that the refused request left a trace.
   * `orRejected`: a request the spec leaves open (the same identifier twice, say): a server may
   * create it, or refuse it with this status and one of these codes; `because` says what is open.
   */
  | {
      readonly kind: 'created';
      readonly provesNoEffectOf?: RefusedRequest;
      readonly orRejected?: { readonly status: number; readonly codes: readonly string[]; readonly because: string };
    }
  /**
   * An invalid request: `status` with one of `codes` (the mutation's expected set). `rule` is the
   * JSON pointer of the spec rule the request breaks; `mutation` names the catalogue entry.
   */
  | { readonly kind: 'rejected'; readonly status: number; readonly codes: readonly string[]; readonly rule: string; readonly mutation?: string }
  /**
   * A request that collides with an existing user: 409 with one of `codes` (every code that
   * applies when it collides in several ways: the spec sets no precedence).
   */
  | { readonly kind: 'conflict'; readonly codes: readonly string[]; readonly assumption?: ProfileAssumption }
  /**
   * A request to an unknown (404) or disabled (403) app. `orRejected`: the request is also
   * invalid, and the spec does not say which problem is reported first, so that answer is fine too.
   */
  | {
      readonly kind: 'app_state';
      readonly status: number;
      readonly codes: readonly string[];
      readonly orRejected?: { readonly status: number; readonly codes: readonly string[] };
    }
  /** A request with missing or bad credentials: never 2xx, never a user. */
  | { readonly kind: 'unauthenticated' }
  /**
   * One of several identical creates sent at once: across them exactly one 201, the others 409
   * with one of `codes`.
   */
  | { readonly kind: 'concurrent_duplicate'; readonly codes: readonly string[] }
  /** A method the spec does not document on the path: 405 with `Allow` listing `allowed` (or 404). */
  | { readonly kind: 'method_not_allowed'; readonly allowed: readonly string[] };

/**
 * One generated test case: a request plus what it is for. Generators produce these; the
 * transport turns them into HTTP; checks judge the response against `expectation`.
 */
export interface CreateUserCase {
  /** Where the case comes from, e.g. `valid/realistic`; findings are grouped by it. */
  readonly family: string;
  readonly app: AppRole;
  /** The JSON body; sent as `JSON.stringify(body)` unless `malformed` says otherwise. */
  readonly body: unknown;
  /**
   * Send bytes made from the body's JSON text by this entry of `MALFORMED_BODIES` instead (malformed
   * JSON, empty body). Made at send time, so the bytes carry the freshened identities like any case.
   */
  readonly malformed?: { readonly name: string; readonly variant: number };
  /** Header overrides; `null` removes a header the transport would otherwise send. */
  readonly headers?: Readonly<Record<string, string | null>>;
  /** Defaults to the operation's method (POST). */
  readonly method?: string;
  readonly expectation: Expectation;
  /** False when identities could not be made unique for this run: a 409 is then no fault. */
  readonly freshIdentities: boolean;
  /**
   * Set when it was sent: the identity properties (`identifiers`, `external_id`, `id`) that
   * freshening could not make unique to this send (an `external_id` too short for the run's token),
   * which an earlier send, of this run or another, may have used.
   */
  readonly staleParts?: readonly string[];
}
