import type { CheckInput } from '../Check.ts';

/**
 * True when the request used the operation's own method (POST). The spec documents responses for
 * that method only, so response checks have no opinion on the answers to other methods.
 */
export function sentOperationMethod({ exchange, operation }: CheckInput): boolean {
  return exchange.request.method.toUpperCase() === operation.method;
}
