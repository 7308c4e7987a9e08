import { resolve } from 'node:path';
import { PACKAGE_ROOT } from '../../config/suiteConfig.ts';
import type { CreateUserOperation } from '../../spec/CreateUserOperation.ts';
import { loadCreateUserOperation } from '../../spec/loadCreateUserOperation.ts';

export const SPEC_PATH = resolve(PACKAGE_ROOT, 'spec/openapi.yaml');

let operation: CreateUserOperation | undefined;

/** The project's spec, indexed once per test worker. */
export function specOperation(): CreateUserOperation {
  operation ??= loadCreateUserOperation(SPEC_PATH);
  return operation;
}
