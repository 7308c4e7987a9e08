import type { Profile } from '../config/profile.ts';
import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import { identifierCount, TOO_MANY_IDENTIFIERS } from '../spec/identifierLimit.ts';
import type { CreateUserCase, Expectation } from '../vocabulary/CreateUserCase.ts';

/**
 * A valid case with more identifiers than the profile's minimum may also get
 * `too_many_user_identifiers` (the spec publishes no limit): the case says so, which is what the
 * report's matrix counts as targeting that code. Other cases, and specs without the code, are
 * returned as they are.
 */
export function orTooManyIdentifiers(testCase: CreateUserCase, profile: Profile, operation: CreateUserOperation): CreateUserCase {
  const status = operation.pairings.find((p) => p.code === TOO_MANY_IDENTIFIERS)?.httpStatus;
  if (status === undefined || testCase.expectation.kind !== 'created' || identifierCount(testCase.body) <= profile.identifierLimitAtLeast) return testCase;
  const open = testCase.expectation.orRejected;
  if (open !== undefined && open.status !== status) return testCase;
  const orRejected: Extract<Expectation, { kind: 'created' }>['orRejected'] =
    open === undefined
      ? { status, codes: [TOO_MANY_IDENTIFIERS], because: 'the spec publishes no identifier limit' }
      : { ...open, codes: [...open.codes, TOO_MANY_IDENTIFIERS] };
  return { ...testCase, expectation: { ...testCase.expectation, orRejected } };
}
