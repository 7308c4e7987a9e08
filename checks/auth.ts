import type { Check, CheckInput } from './Check.ts';
import type { Violation } from '../vocabulary/Finding.ts';
import { describeResponse } from './errorBody.ts';

/** What a server may legitimately answer to a missing or bad credential (RFC 9110: 401 or 403). */
const AUTH_FAILURE_STATUSES: readonly number[] = [401, 403];

/**
 * A request without valid credentials (none, an empty bearer, a wrong token, another scheme) is
 * never a 2xx. (That it creates nothing, shown by re-sending its identity with the right token,
 * is `refusal_leaves_no_trace`'s, as for every refused request.) The spec documents no answer for
 * failed authentication, so whatever status and code the target uses are recorded as a spec gap
 * (a note: no target can close it, so it never fails a run); a status other than 401 or 403 is a warning.
 */
export const auth: Check = {
  id: 'auth',
  description: 'A request without valid credentials is never 2xx; the answer used is recorded (spec gap: none is documented).',
  severity: 'error, warning or note',
  source: '/security (bearer); no answer documented',
  explanation:
    'no token, an empty bearer, a wrong token or another scheme: never 2xx (error; that it created no user is `refusal_leaves_no_trace`). The status and code used are recorded as a spec gap (a note, which no `--fail-on` level fails): the spec documents no answer for failed authentication; 401 and 403 are both legitimate, another status is a warning',
  appliesTo: ({ testCase, response }) => response !== undefined && testCase.expectation.kind === 'unauthenticated',
  verify: (input) => refusal(input),
};

function refusal({ testCase, response, operation }: CheckInput): Violation[] {
  const { status } = response!;
  const credentials = testCase.family.replace(/^auth\//, '');
  if (status >= 200 && status < 300) {
    return [
      {
        severity: 'error',
        message: `answered ${describeResponse(response!)} to a request with ${credentials} credentials: without valid credentials nothing may be done.`,
        specPointer: '/security',
      },
    ];
  }
  if (!AUTH_FAILURE_STATUSES.includes(status)) {
    return [
      {
        severity: 'warning',
        message: `answered ${describeResponse(response!)} to a request with ${credentials} credentials; 401 or 403 is what clients expect.`,
      },
    ];
  }
  const documented = operation.responseFor(status);
  if (documented?.validate && response!.isJson && documented.validate(response!.json)) return [];
  return [
    {
      severity: 'note',
      message: `spec gap: the spec documents no answer for failed authentication; the target answers ${describeResponse(response!)} (${credentials} credentials).`,
      specPointer: '/components/securitySchemes',
    },
  ];
}
