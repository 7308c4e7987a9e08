import type { Check } from './Check.ts';
import { coveredBySpec } from './_internals/coveredBySpec.ts';

/** The status is one the spec lists for this operation. */
export const statusDocumented: Check = {
  id: 'status_documented',
  description: 'The response status is one the spec documents for this operation.',
  severity: 'error',
  source: '/paths/~1v2~1session~1apps~1{appID}~1users/post/responses',
  explanation: 'the status is one the spec lists for this operation (201, 400, 403, 404, 409)',
  appliesTo: (input) => coveredBySpec(input),
  verify: ({ response, operation }) =>
    response && !operation.responseFor(response.status)
      ? [
          {
            severity: 'error',
            message: `answered ${response.status}, a status the spec does not document for this operation (documented: ${[...operation.responses.keys()].join(', ')}).`,
            specPointer: `${operation.pointer}/responses`,
          },
        ]
      : [],
};
