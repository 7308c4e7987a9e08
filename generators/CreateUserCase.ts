/** Which configured app a case is sent to. */
export type AppRole = 'enabled' | 'disabled' | 'unknown';

/** What the spec says must happen to a case; the checks compare the response with this. */
export type Expectation =
  /** A valid request with fresh identities on an enabled app: 201, or a consistent business rule. */
  | { readonly kind: 'created' }
  /** An invalid request: 400 with one of these codes (the mutation's expected set). */
  | { readonly kind: 'rejected'; readonly status: number; readonly codes: readonly string[] };

/**
 * One generated test case: a request body plus what it is for. Generators produce these; the
 * transport turns them into HTTP; checks judge the response against `expectation`.
 */
export interface CreateUserCase {
  /** Where the case comes from, e.g. `valid/realistic`; findings are grouped by it. */
  readonly family: string;
  readonly app: AppRole;
  readonly body: unknown;
  readonly expectation: Expectation;
  /** False when identities could not be made unique for this run: a 409 is then no fault. */
  readonly freshIdentities: boolean;
}
