import type { Check, CheckInput } from './Check.ts';
import type { Violation } from '../vocabulary/Finding.ts';
import { IDENTITY_PARTS } from '../spec/identityParts.ts';
import { MAX_REMEMBERED_USER_IDS } from './RunHistory.ts';
import { answerIs, describeResponse } from './errorBody.ts';

/**
 * A create that reuses an existing user's identifier, `external_id` or `id` is a 409 with the code
 * of what it reuses (any of the applicable codes when it collides in several ways: the spec sets no
 * precedence). And no two creates of the run get the same user id.
 */
export const conflict: Check = {
  id: 'conflict',
  description: "A create reusing an existing user's identifier, external_id or id is 409 with that part's code; every created user id is new.",
  severity: 'error or warning',
  source: '/paths/~1v2~1session~1apps~1{appID}~1users/post/responses/409',
  explanation: `a create reusing a created user's identifier is 409 \`${IDENTITY_PARTS.identifier.conflictCode}\`, its \`external_id\` 409 \`${IDENTITY_PARTS.external_id.conflictCode}\`, its \`id\` 409 with the profile's \`duplicateIdCodes\`; several at once: any applicable code. No two creates of the run get the same user id`,
  appliesTo: ({ testCase, response, operation }) =>
    response !== undefined &&
    (testCase.expectation.kind === 'conflict' || createdUserId(response.json, response.status === operation.successStatus) !== undefined),
  verify: (input) => [...uniqueUserId(input), ...conflictAnswer(input)],
  // Remembers each created id (bounded), for the uniqueness of later ones.
  observe: ({ response, operation, history }) => {
    const id = createdUserId(response!.json, response!.status === operation.successStatus);
    if (id !== undefined && history.createdUserIds.size < MAX_REMEMBERED_USER_IDS) history.createdUserIds.add(id);
  },
};

function uniqueUserId({ response, operation, history }: CheckInput): Violation[] {
  const id = createdUserId(response!.json, response!.status === operation.successStatus);
  if (id === undefined) return [];
  if (history.createdUserIds.has(id)) {
    return [
      {
        severity: 'error',
        message: `user id ${JSON.stringify(id)} was already returned by an earlier create of this run: two creates, one id.`,
        specPointer: '/components/schemas/PostUserResponse',
      },
    ];
  }
  return [];
}

function conflictAnswer({ testCase, response, operation }: CheckInput): Violation[] {
  const expectation = testCase.expectation;
  if (expectation.kind !== 'conflict') return [];
  if (answerIs(response!, 409, expectation.codes)) return [];
  const assumption = expectation.assumption;
  return [
    {
      severity: assumption && !assumption.required ? 'warning' : 'error',
      message:
        `a create reusing an existing user's identity must be 409 ${expectation.codes.join(' or ')}, got ${describeResponse(response!)}` +
        (assumption ? ` (this rests on the profile's ${assumption.setting}${assumption.required ? ', marked required' : ''}).` : '.'),
      specPointer: operation.responseFor(409)?.pointer,
    },
  ];
}

function createdUserId(json: unknown, created: boolean): string | undefined {
  const id = created ? (json as { id?: unknown } | null | undefined)?.id : undefined;
  return typeof id === 'string' ? id : undefined;
}
