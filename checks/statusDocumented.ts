import type { Check } from './Check.ts';
import { coveredBySpec } from './_internals/coveredBySpec.ts';

/** The status is one the spec lists for this operation. */
export const statusDocumented: Check = {
  id: 'status_documented',
  description: 'The response status is one the spec documents for this operation.',
  appliesTo: (input) => coveredBySpec(input),
  verify: ({ response, operation }) =>
    response && !operation.responseFor(response.status)
      ? [{
          severity: 'error',
          message: `answered ${response.status}, a status the spec does not document for this operation (documented: ${[...operation.responses.keys()].join(', ')}).`,
          specPointer: `${operation.pointer}/responses`,
        }]
      : [],
};
