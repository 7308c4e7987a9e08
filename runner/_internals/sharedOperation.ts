import { statSync } from 'node:fs';
import type { CreateUserOperation } from '../../spec/CreateUserOperation.ts';
import { loadCreateUserOperation } from '../../spec/loadCreateUserOperation.ts';

const loaded = new Map<string, CreateUserOperation>();

/**
 * The compiled operation of a spec file, compiled once per process as long as the file is
 * unchanged (path, size and modification time): the config's validation (`prepareRun`) and the
 * suite context of the same process used to compile Ajv twice, on the way to the first request.
 */
export function sharedOperation(specPath: string): CreateUserOperation {
  const { size, mtimeMs } = statSync(specPath);
  const key = `${specPath}\n${size}\n${mtimeMs}`;
  let operation = loaded.get(key);
  if (operation === undefined) {
    operation = loadCreateUserOperation(specPath);
    loaded.set(key, operation);
  }
  return operation;
}
