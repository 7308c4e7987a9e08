import { resolve } from 'node:path';
import { PACKAGE_ROOT } from '../../config/packageRoot.ts';
import type { CreateUserOperation } from '../../spec/CreateUserOperation.ts';
import { loadCreateUserOperation } from '../../spec/loadCreateUserOperation.ts';

let operation: CreateUserOperation | undefined;

/** The project's spec, compiled once per bench process (the bench must not borrow tests/' fixtures). */
export function benchOperation(): CreateUserOperation {
  operation ??= loadCreateUserOperation(resolve(PACKAGE_ROOT, 'spec/openapi.yaml'));
  return operation;
}
