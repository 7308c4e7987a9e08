import type { Check, CheckInput } from './Check.ts';
import { answerIs, describeResponse } from './errorBody.ts';
import { identifierCount, TOO_MANY_IDENTIFIERS } from './_internals/identifierLimit.ts';

/**
 * A request to an unknown app is 404 `app_not_found`, to an app with session management disabled
 * 403 `session_disabled`. The spec leaves the order of checks open (`LATITUDE.stageOrder`): a
 * request that is also invalid may get any 400 the spec pairs with 400, and one with more
 * identifiers than the profile's minimum may get `too_many_user_identifiers` (a business limit
 * checked before the app is looked up).
 */
export const appState: Check = {
  id: 'app_state',
  description: 'A request to an unknown app is 404 app_not_found, to a disabled app 403 session_disabled (one with another problem may get its 400).',
  severity: 'error',
  source: '/paths/~1v2~1session~1apps~1{appID}~1users/post/responses/403 and /404',
  explanation:
    "a request to an unknown app is 404 `app_not_found`, to a disabled app 403 `session_disabled`; one with another problem may get that problem's 400 (any 400 code for an invalid body; `too_many_user_identifiers` above the profile's minimum): the order of checks is open",
  appliesTo: ({ testCase, response }) => response !== undefined && testCase.expectation.kind === 'app_state',
  verify: (input) => {
    const { testCase, response, operation } = input;
    const expectation = testCase.expectation;
    if (expectation.kind !== 'app_state') return [];
    const accepted = [{ status: expectation.status, codes: expectation.codes }, ...otherProblems(input)];
    if (accepted.some((a) => answerIs(response!, a.status, a.codes))) return [];
    const wanted = accepted.map((a) => `${a.status} ${a.codes.join('/')}`).join(' or (for its other problem) ');
    return [
      {
        severity: 'error',
        message: `a request to the ${testCase.app} app must be ${wanted}, got ${describeResponse(response!)}.`,
        specPointer: operation.responseFor(expectation.status)?.pointer,
      },
    ];
  },
};

/** The 400s the request's other problems may be answered with, when one is checked before the app. */
function otherProblems({ testCase, operation, profile }: CheckInput): Array<{ status: number; codes: readonly string[] }> {
  const expectation = testCase.expectation;
  if (expectation.kind !== 'app_state') return [];
  if (expectation.orRejected) {
    const sameStatus = operation.pairings.filter((p) => p.httpStatus === expectation.orRejected!.status).map((p) => p.code);
    return [{ status: expectation.orRejected.status, codes: [...new Set([...expectation.orRejected.codes, ...sameStatus])] }];
  }
  return identifierCount(testCase.body) > profile.identifierLimitAtLeast ? [{ status: 400, codes: [TOO_MANY_IDENTIFIERS] }] : [];
}
