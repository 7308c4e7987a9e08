import type { CreateUserOperation } from '../../spec/CreateUserOperation.ts';
import type { Exchange } from '../../vocabulary/Exchange.ts';
import { errorFields } from '../errorBody.ts';

/**
 * What the spec fixes about one answer, as one comparable string: the status, the error `code`,
 * and the body's shape, named by the documented schema branch it matches (an error body: its
 * error schema, found by its code; a 2xx: the success schema), e.g.
 * `409 already_in_use [ConflictError]`, `201 [PostUserResponse]`, `400 [not valid against 400]`.
 * Anything else (ids, messages, headers, timing) may differ between two correct servers.
 */
export function outcomeSignature(exchange: Exchange, operation: CreateUserOperation): string {
  const response = exchange.response;
  if (response === undefined) return 'no response';
  const { code } = errorFields(response);
  const head = code === undefined ? String(response.status) : `${response.status} ${code}`;
  return `${head} [${shape(exchange, operation)}]`;
}

function shape({ response }: Exchange, operation: CreateUserOperation): string {
  const documented = operation.responseFor(response!.status);
  if (documented === undefined) return 'undocumented status';
  if (response!.truncated) return 'body too large to read';
  if (!response!.isJson) return 'not JSON';
  if (documented.validate === undefined) return 'no schema';
  if (!documented.validate(response!.json)) return `not valid against ${documented.key}`;
  const { code } = errorFields(response);
  const variant = documented.errorVariants.find((v) => code !== undefined && v.codes.includes(code));
  if (variant) return variant.schemaName;
  return documented.schemaPointer ? operation.schemaAt(documented.schemaPointer).pointer.split('/').at(-1)! : documented.key;
}
