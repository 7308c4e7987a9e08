import type { CheckInput } from '../Check.ts';

/**
 * True for a non-2xx answer to a request sent without valid credentials. The spec documents this
 * operation's answers to authenticated requests only: it declares bearer security but no response
 * for failed authentication (its 403 is `session_disabled`, a different condition), and a 401 or a
 * 403 are both legitimate for a bad token. There is no contract for that answer's status, media
 * type or body, so the checks that judge shape against the spec (`status_documented`,
 * `content_type`, `response_schema`, `status_code_pairing`) stay silent on it rather than flag the
 * spec's gap as the target's fault; `auth` records what was seen as a spec gap (warning). A 2xx
 * is not excluded: it is judged as any 2xx is, and `auth` flags it as an error.
 */
export function isAuthFailureAnswer({ testCase, response }: CheckInput): boolean {
  return testCase.expectation.kind === 'unauthenticated' && response !== undefined && (response.status < 200 || response.status >= 300);
}
