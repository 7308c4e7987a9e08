import type { Arbitrary } from 'fast-check';
import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import type { CreateUserCase } from './CreateUserCase.ts';
import { createdCase } from './createdCase.ts';
import { validRequestArbitrary } from './validRequestArbitrary.ts';

/** Valid, realistic requests to the enabled app: each must create a user (`positive_acceptance`). */
export function validCaseArbitrary(operation: CreateUserOperation): Arbitrary<CreateUserCase> {
  return validRequestArbitrary(operation).map((body) => createdCase('valid/realistic', body));
}
