import type { Check } from './Check.ts';
import { coveredBySpec } from './_internals/coveredBySpec.ts';
import { errorFields } from './errorBody.ts';

/**
 * An error body's `code` and `status` come from the same error schema as the HTTP status. The
 * allowed pairs are derived from the spec's enums (`CreateUserOperation.pairings`), never listed here.
 */
export const statusCodePairing: Check = {
  id: 'status_code_pairing',
  description: 'An error body carries a code and status text that the spec pairs with the HTTP status.',
  severity: 'error',
  source: '/components/schemas/*Error (the code and status enums)',
  explanation:
    "an error body's `code` and `status` come from the same error schema as the HTTP status (pairs derived from the spec's enums: e.g. `already_in_use` only with 409 and `conflict`)",
  appliesTo: (input) =>
    coveredBySpec(input) &&
    (input.operation.responseFor(input.response!.status)?.errorVariants.length ?? 0) > 0 &&
    errorFields(input.response).code !== undefined,
  verify: ({ response, operation }) => {
    const { status } = response!;
    const { code, statusText } = errorFields(response);
    const documented = operation.responseFor(status)!;
    const variant = documented.errorVariants.find((v) => v.codes.includes(code!));
    if (variant) {
      return statusText !== undefined && variant.statusTexts.includes(statusText)
        ? []
        : [
            {
              severity: 'error',
              message: `code "${code}" goes with status "${variant.statusTexts.join('" or "')}" (${variant.schemaName}), got ${JSON.stringify(statusText ?? null)}.`,
              specPointer: variant.schemaPointer,
            },
          ];
    }
    const elsewhere = [...new Set(operation.pairings.filter((p) => p.code === code).map((p) => p.httpStatus))];
    const allowed = documented.errorVariants.flatMap((v) => v.codes).join(', ');
    return [
      {
        severity: 'error',
        message:
          elsewhere.length > 0
            ? `code "${code}" belongs to HTTP ${elsewhere.join('/')}, not ${status} (codes for ${status}: ${allowed}).`
            : `code "${code}" is not a documented code for HTTP ${status} (documented: ${allowed}).`,
        specPointer: documented.schemaPointer,
      },
    ];
  },
};
