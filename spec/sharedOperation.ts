import { statSync } from 'node:fs';
import type { CreateUserOperation } from './CreateUserOperation.ts';
import { loadCreateUserOperation } from './loadCreateUserOperation.ts';

const loaded = new Map<string, CreateUserOperation>();

/**
 * The compiled operation of a spec file, compiled once per process as long as the file is
 * unchanged (path, size and modification time): the run's preparation (`prepareRun`), the suite
 * context and the reporter of one process would otherwise each compile Ajv again.
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
