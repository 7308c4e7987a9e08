import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import type { Expectation } from '../vocabulary/CreateUserCase.ts';
import { validRequestArbitrary } from './validRequestArbitrary.ts';

/** An invalid body and the spec rule it breaks. */
export interface InvalidBody {
  readonly body: unknown;
  readonly expectation: Extract<Expectation, { kind: 'rejected' }>;
}

/**
 * Plainly invalid bodies for the semantic properties, which only need *an* invalid request (e.g.
 * one aimed at an unknown app, to see which problem is reported): a valid body with one property
 * the schema requires removed, or the body sent as an array where the schema says object. Both
 * are read from the request schema. The full negative catalogue lives with `negative_rejection`.
 */
export function invalidBodyArbitrary(operation: CreateUserOperation): Arbitrary<InvalidBody> {
  const pointer = operation.request.schemaPointer;
  const schema = operation.schemaAt(pointer).node;
  const required = Array.isArray(schema['required']) ? (schema['required'] as string[]) : [];
  const rejected = (rule: string) => ({ kind: 'rejected' as const, status: 400, codes: ['invalid_request'], rule });
  const valid = validRequestArbitrary(operation);
  const breaks: Array<Arbitrary<InvalidBody>> = [valid.map((body) => ({ body: [body], expectation: rejected(`${pointer}/type`) }))];
  if (required.length > 0) {
    breaks.push(
      fc.tuple(valid, fc.constantFrom(...required)).map(([body, name]) => {
        const { [name]: _removed, ...rest } = body;
        return { body: rest, expectation: rejected(`${pointer}/required`) };
      }),
    );
  }
  return fc.oneof(...breaks);
}
