import type { Check } from './Check.ts';
import { describeResponse } from './errorBody.ts';

/**
 * A refused create (400 of any code, 401/403 for its credentials, 403 `session_disabled`, 404
 * `app_not_found`, 409 of any code) creates nothing and takes nothing: a later create that re-sends
 * any of its identifiers, its `external_id` or its `id` (those no created user holds) is answered
 * as if the refused one had never been sent. A 409 there claims "already in use by another user"
 * where no user was created: the refused request left a trace (written before it was refused, or
 * outside the transaction that refused it), and its owner could never sign up with it again.
 */
export const refusalLeavesNoTrace: Check = {
  id: 'refusal_leaves_no_trace',
  description: 'A refused create leaves no trace: re-sending the parts of its identity no user holds is answered as if it had never been sent.',
  severity: 'error',
  source: '/paths/~1v2~1session~1apps~1{appID}~1users/post/responses/409 (in use "by another user") and the 4xx answers of the operation',
  explanation:
    'after any refused create (400 of every code, 401/403 for its credentials, 403 `session_disabled`, 404 `app_not_found`, 409 of every code), a create on the enabled app that re-sends its identifiers, `external_id` or `id` that no created user holds is not answered 409: the refused request created nothing, so nothing it carried is in use. Sampled after invalid and boundary requests, after every request to an unknown or disabled app and every failed authentication, after every conflict (its free parts), and in the model-based run',
  appliesTo: ({ testCase, response }) =>
    response !== undefined && testCase.expectation.kind === 'created' && testCase.expectation.provesNoEffectOf !== undefined,
  verify: ({ testCase, response }) => {
    if (response!.status !== 409 || testCase.expectation.kind !== 'created') return [];
    const refused = testCase.expectation.provesNoEffectOf!;
    return [
      {
        severity: 'error',
        message: `re-sending the ${refused.reused} of a request refused with ${refused.answer} (${refused.family}) got ${describeResponse(response!)}: the refused request left a trace, though it created no user.`,
      },
    ];
  },
};
