import type { Check, CheckInput } from './Check.ts';
import type { Violation } from '../vocabulary/Finding.ts';
import { answerIs, describeResponse } from './errorBody.ts';

/**
 * N identical creates sent at once (one fresh identity) create exactly one user: one 201, and a
 * 409 with the identity's code for every other. Each exchange is judged with the whole burst in
 * view, so a second 201 and a wrong refusal are each reported on the exchange that shows them.
 */
export const exactlyOnce: Check = {
  id: 'exactly_once',
  description: 'N identical creates sent at once yield exactly one 201; every other is 409 with the right code.',
  severity: 'error',
  source: '/paths/~1v2~1session~1apps~1{appID}~1users/post/responses/201 and /409',
  explanation: "N identical creates sent at once (`CONFORMANCE_EXACTLY_ONCE_N`): exactly one 201, every other 409 with the identity's code",
  appliesTo: ({ testCase, response, concurrent }) => response !== undefined && concurrent !== undefined && testCase.expectation.kind === 'concurrent_duplicate',
  verify: (input) => {
    const { response, concurrent, operation } = input;
    const created = concurrent!.filter((e) => e.response?.status === operation.successStatus);
    const n = concurrent!.length;
    if (response!.status === operation.successStatus) {
      return created.length > 1
        ? [
            {
              severity: 'error',
              message: `${created.length} of ${n} identical creates sent at once were answered 201 (ids ${created.map((e) => JSON.stringify((e.response!.json as { id?: unknown } | undefined)?.id)).join(', ')}): one identity, several users.`,
            },
          ]
        : [];
    }
    return [
      ...(created.length === 0
        ? [{ severity: 'error' as const, message: `none of ${n} identical creates of a fresh identity sent at once was answered 201.` }]
        : []),
      ...refusal(input),
    ];
  },
};

function refusal({ testCase, response, operation }: CheckInput): Violation[] {
  const expectation = testCase.expectation;
  const codes = expectation.kind === 'concurrent_duplicate' ? expectation.codes : [];
  return answerIs(response!, 409, codes)
    ? []
    : [
        {
          severity: 'error',
          message: `a create losing the race for an identity must be 409 ${codes.join(' or ')}, got ${describeResponse(response!)}.`,
          specPointer: operation.responseFor(409)?.pointer,
        },
      ];
}
