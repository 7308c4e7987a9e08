import type { CheckInput } from '../Check.ts';
import { isAuthFailureAnswer } from './isAuthFailureAnswer.ts';
import { sentOperationMethod } from './sentOperationMethod.ts';

/**
 * Whether the spec's response contract covers this exchange at all: a response arrived, to the
 * operation's own method, and it is not the answer to failed authentication (which the spec does
 * not document). The shape checks judge only what this admits; see the two predicates for why.
 */
export function coveredBySpec(input: CheckInput): boolean {
  return input.response !== undefined && sentOperationMethod(input) && !isAuthFailureAnswer(input);
}
