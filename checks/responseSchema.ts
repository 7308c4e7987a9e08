import type { Check } from './Check.ts';
import { coveredBySpec } from './_internals/coveredBySpec.ts';
import { formatAjvErrors } from '../vocabulary/formatAjvErrors.ts';

/** The body is valid against the documented schema of its status (Ajv 2020-12, formats on). */
export const responseSchema: Check = {
  id: 'response_schema',
  description: 'The body is valid JSON and valid against the schema the spec documents for the status.',
  severity: 'error',
  source: '/paths/~1v2~1session~1apps~1{appID}~1users/post/responses/*/content/application~1json/schema',
  explanation: "the body is JSON and valid against the status's schema (Ajv 2020-12, formats on, `oneOf` honoured; extra properties are legal)",
  // A body cut at the read limit cannot be judged: `response_size` names it instead.
  appliesTo: (input) => coveredBySpec(input) && !input.response!.truncated && input.operation.responseFor(input.response!.status)?.validate !== undefined,
  verify: ({ response, operation }) => {
    const documented = operation.responseFor(response!.status)!;
    if (response!.invalidUtf8) {
      return [
        {
          severity: 'error',
          message: `the ${documented.key} body is not valid UTF-8 (JSON must be UTF-8, RFC 8259 §8.1).`,
          specPointer: documented.schemaPointer,
        },
      ];
    }
    if (!response!.isJson) {
      const excerpt = response!.bodyText.slice(0, 120);
      return [
        {
          severity: 'error',
          message: `the ${documented.key} body is not JSON: ${JSON.stringify(excerpt)}`,
          specPointer: documented.schemaPointer,
        },
      ];
    }
    const validate = documented.validate!;
    if (validate(response!.json)) return [];
    const { node } = operation.schemaAt(documented.schemaPointer!);
    const branches = [node['oneOf'], node['anyOf']].find(Array.isArray)?.length;
    const mismatch = formatAjvErrors(validate.errors, {
      data: response!.json,
      branchesCalled: `${documented.key} ${documented.errorVariants.length > 0 ? 'error ' : ''}schemas`,
      ...(branches === undefined ? {} : { branches }),
    });
    return [
      {
        severity: 'error',
        // A body that fits none of the status's schemas says so itself ("matches none of the three 400 error schemas: …").
        message: mismatch.startsWith('matches ')
          ? `the ${documented.key} body ${mismatch}`
          : `the ${documented.key} body does not match its schema: ${mismatch}`,
        specPointer: documented.schemaPointer,
      },
    ];
  },
};
