import type { Check } from './Check.ts';
import { describeResponse, errorFields } from './_internals/errorBody.ts';

/**
 * A request to an unknown app is 404 `app_not_found`, to an app with session management disabled
 * 403 `session_disabled`. A request that is also invalid may get the 400 instead: the spec does
 * not say which problem is reported first.
 */
export const appState: Check = {
  id: 'app_state',
  description: 'A request to an unknown app is 404 app_not_found, to a disabled app 403 session_disabled (an invalid one may get its 400).',
  appliesTo: ({ testCase, response }) => response !== undefined && testCase.expectation.kind === 'app_state',
  verify: ({ testCase, response, operation }) => {
    const expectation = testCase.expectation;
    if (expectation.kind !== 'app_state') return [];
    const { code } = errorFields(response);
    const accepted = [expectation, ...(expectation.orRejected ? [expectation.orRejected] : [])];
    if (accepted.some((a) => a.status === response!.status && code !== undefined && a.codes.includes(code))) return [];
    const wanted = accepted.map((a) => `${a.status} ${a.codes.join('/')}`).join(' or (the request being invalid too) ');
    return [{
      severity: 'error',
      message: `a request to the ${testCase.app} app must be ${wanted}, got ${describeResponse(response!)}.`,
      specPointer: operation.responseFor(expectation.status)?.pointer,
    }];
  },
};
