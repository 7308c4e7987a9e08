import type { Expectation } from '../../vocabulary/CreateUserCase.ts';
import type { CreateUserOperation } from '../../spec/CreateUserOperation.ts';

/**
 * The documented `"<status> <code>"` outcomes (or `"<status>"` for the success) a case is meant
 * to provoke. The matrix in the report uses it to tell "never tried" from "tried, never answered".
 * Codes are mapped to statuses through the spec's pairings, so no status is hand-listed here.
 */
export function expectedOutcomes(expectation: Expectation, operation: Pick<CreateUserOperation, 'pairings' | 'successStatus'>): string[] {
  if (expectation.kind === 'created') {
    const open = expectation.orRejected;
    return [String(operation.successStatus), ...(open ? expectedOutcomes({ kind: 'rejected', rule: '', ...open }, operation) : [])];
  }
  if (expectation.kind === 'unauthenticated' || expectation.kind === 'method_not_allowed') return [];
  const status = 'status' in expectation ? expectation.status : undefined;
  return operation.pairings
    .filter((p) => expectation.codes.includes(p.code) && (status === undefined || p.httpStatus === status))
    .map((p) => `${p.httpStatus} ${p.code}`);
}
