import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import type { CreateUserCase } from '../vocabulary/CreateUserCase.ts';
import { exemplar } from './_internals/exemplar.ts';

// The methods fetch can send (it refuses CONNECT, TRACE and TRACK).
const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** The methods the spec documents on the operation's path, upper-cased. */
export function documentedMethods(operation: CreateUserOperation): string[] {
  const pathItem = operation.schemaAt(operation.pointer.slice(0, operation.pointer.lastIndexOf('/'))).node;
  return HTTP_METHODS.filter((method) => pathItem[method.toLowerCase()] !== undefined);
}

/**
 * One case per method the spec does not document on the path, each with a valid body (so only
 * the method is wrong): the target must answer 405 with `Allow` (or 404), never act on it.
 */
export function methodCases(operation: CreateUserOperation): CreateUserCase[] {
  const allowed = documentedMethods(operation);
  const body = exemplar(operation, operation.request.schemaPointer, 0, 'required');
  return HTTP_METHODS.filter((method) => !allowed.includes(method)).map((method) => ({
    family: 'methods',
    app: 'enabled',
    method,
    body,
    expectation: { kind: 'method_not_allowed', allowed },
    freshIdentities: true,
  }));
}
