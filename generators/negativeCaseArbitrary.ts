import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import { requestViolation } from '../spec/requestViolation.ts';
import { caseContent } from './caseContent.ts';
import type { CreateUserCase } from '../vocabulary/CreateUserCase.ts';
import type { Mutation } from './mutationCatalogue.ts';
import { validRequestArbitrary } from './validRequestArbitrary.ts';

/** A negative case made by applying `mutation` to a valid body, or undefined where it does not apply. */
export function negativeCase(mutation: Mutation, body: Record<string, unknown>, where = 0, variant = 0): CreateUserCase | undefined {
  const mutated = mutation.apply(body, { where, variant });
  if (mutated === undefined) return undefined;
  return {
    family: `negative/${mutation.family}`,
    app: 'enabled',
    ...mutated,
    expectation: { kind: 'rejected', ...mutation.expected, rule: mutation.rule, mutation: mutation.id },
    freshIdentities: true,
  };
}

/** True when what the case would send is a request the spec refuses. */
export function isInvalidCase(operation: CreateUserOperation, testCase: CreateUserCase): boolean {
  return requestViolation(operation, caseContent(testCase)) !== undefined;
}

/**
 * Invalid requests: a valid realistic body, one mutation of `mutations`, and which item and
 * variant it hits. The filter re-validates every value, generated or shrunk (fast-check filters
 * shrink candidates too), so shrinking can never turn a negative case into a valid one.
 */
export function negativeCaseArbitrary(operation: CreateUserOperation, mutations: readonly Mutation[]): Arbitrary<CreateUserCase> {
  if (mutations.length === 0) throw new Error('negativeCaseArbitrary needs at least one mutation');
  return fc
    .tuple(fc.constantFrom(...mutations), validRequestArbitrary(operation), fc.nat(), fc.nat())
    .map(([mutation, body, where, variant]) => negativeCase(mutation, body, where, variant))
    .filter((testCase): testCase is CreateUserCase => testCase !== undefined && isInvalidCase(operation, testCase));
}
