import type { Check } from './Check.ts';
import type { Expectation } from '../vocabulary/CreateUserCase.ts';
import { describeResponse } from './errorBody.ts';

type MethodNotAllowed = Extract<Expectation, { kind: 'method_not_allowed' }>;

/** RFC 9110 §9.3.7: OPTIONS describes the resource; a 2xx answer to it is legitimate. */
const DESCRIBING_METHODS = ['OPTIONS'];

/**
 * A method the spec does not document on the path gets 405 with an `Allow` header naming the
 * documented methods (RFC 9110 §15.5.6). 404 is legitimate too (a router that matches method and
 * path together). Accepting it (2xx) or failing (5xx) is an error; anything else, or a 405
 * without a complete `Allow`, is a warning, since the spec itself says nothing about other methods.
 */
export const methodNotAllowed: Check = {
  id: 'method_not_allowed',
  description: 'A method the spec does not document on the path gets 405 with Allow (or 404); never 2xx or 5xx.',
  severity: 'error or warning',
  source: '/paths/~1v2~1session~1apps~1{appID}~1users (POST only) and RFC 9110 §15.5.6',
  explanation:
    'a method the spec does not document on the path gets 405 with `Allow` listing the documented ones, or 404; 2xx (except for OPTIONS) and 5xx are errors; 405 without a complete `Allow`, or any other status, is a warning',
  appliesTo: ({ testCase, response }) => testCase.expectation.kind === 'method_not_allowed' && response !== undefined,
  verify: ({ testCase, response, exchange, operation }) => {
    const { allowed } = testCase.expectation as MethodNotAllowed;
    const method = exchange.request.method.toUpperCase();
    const { status } = response!;
    const specPointer = operation.pointer.replace(/\/[^/]+$/, '');
    if (status === 405) {
      const allow = response!.headers['allow'];
      const listed = (allow ?? '').split(',').map((m) => m.trim().toUpperCase());
      const missing = allowed.filter((m) => !listed.includes(m));
      if (allow === undefined)
        return [
          { severity: 'warning', message: `${method} got 405 without an Allow header (RFC 9110 requires one; expected ${allowed.join(', ')}).`, specPointer },
        ];
      return missing.length === 0
        ? []
        : [{ severity: 'warning', message: `${method} got 405 with Allow "${allow}", which omits the documented ${missing.join(', ')}.`, specPointer }];
    }
    if (status === 404) return [];
    if (status >= 200 && status < 300) {
      return DESCRIBING_METHODS.includes(method)
        ? []
        : [
            {
              severity: 'error',
              message: `${method}, which the spec does not document on this path, was accepted with ${describeResponse(response!)}.`,
              specPointer,
            },
          ];
    }
    if (status >= 500)
      return [{ severity: 'error', message: `${method} caused a server error ${describeResponse(response!)}; expected 405 with Allow.`, specPointer }];
    return [
      { severity: 'warning', message: `${method} got ${describeResponse(response!)}; expected 405 with Allow: ${allowed.join(', ')} (or 404).`, specPointer },
    ];
  },
};
