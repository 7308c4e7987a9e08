import { bothNames } from '../config/settings.ts';
import type { WireResponse } from '../vocabulary/Exchange.ts';
import type { Check, CheckInput } from './Check.ts';
import { answerIs, describeResponse } from './errorBody.ts';
import { identifierCount, TOO_MANY_IDENTIFIERS } from '../spec/identifierLimit.ts';

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
        message: `a request to the ${testCase.app} app must be ${wanted}, got ${describeResponse(response!)}.${testCase.app === 'disabled' ? orMisconfigured(response!) : ''}`,
        specPointer: operation.responseFor(expectation.status)?.pointer,
      },
    ];
  },
};

/**
 * A disabled app that creates users, or refuses with another 403, may be a wrong app id as much
 * as a server's fault: the preflight cannot tell, so the finding names both.
 */
function orMisconfigured(response: WireResponse): string {
  const seen = response.status >= 200 && response.status < 300 ? 'creates users in' : response.status === 403 ? 'refuses with another code' : undefined;
  return seen === undefined
    ? ''
    : ` If ${bothNames('disabledAppId')} names an app with session management enabled, fix the configuration; otherwise the target ${seen} an app with session management disabled.`;
}

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
