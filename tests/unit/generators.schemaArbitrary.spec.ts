import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { schemaArbitrary } from '../../generators/schemaArbitrary.ts';
import { loadCreateUserOperation } from '../../spec/loadCreateUserOperation.ts';
import { SPEC_PATH } from '../_support/specFixture.ts';
import { scratchDir } from '../_support/scratchDir.ts';

// The converter must serve a richer schema than today's without a rewrite: each entry is a
// schema using keywords the current spec does not, and every generated value must validate.
const RICHER_SCHEMAS: Record<string, unknown> = {
  bounded_integer: { type: 'integer', minimum: -3, exclusiveMaximum: 10, multipleOf: 3 },
  bounded_number: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
  nullable_string: { type: ['string', 'null'], minLength: 2, maxLength: 4 },
  pattern: { type: 'string', pattern: '^[A-Z]{2}-\\d{3}$' },
  date_time: { type: 'string', format: 'date-time' },
  unknown_format_with_filter: { type: 'string', format: 'ipv4' },
  enum_and_const: { type: 'object', properties: { a: { enum: [1, 'x', null] }, b: { const: true } }, required: ['a', 'b'] },
  one_of: {
    oneOf: [
      { type: 'string', maxLength: 3 },
      { type: 'integer', minimum: 5 },
    ],
  },
  unique_items: { type: 'array', items: { type: 'integer', minimum: 0, maximum: 3 }, uniqueItems: true, maxItems: 4 },
  prefix_items: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'boolean' }], items: false, minItems: 2 },
  closed_object: { type: 'object', properties: { x: { type: 'string' } }, additionalProperties: false, required: ['x'] },
  map: { type: 'object', additionalProperties: { type: 'integer' }, maxProperties: 3 },
  not: { type: 'string', not: { const: 'forbidden' }, maxLength: 9 },
  ref_chain: { $ref: '#/components/schemas/PostUserRequest' },
};

test('every keyword family generates only valid values', () => {
  const dir = scratchDir('rich');
  const document = parse(readFileSync(SPEC_PATH, 'utf8')) as { components: { schemas: Record<string, unknown> } };
  document.components.schemas = { ...document.components.schemas, ...RICHER_SCHEMAS };
  const path = join(dir, 'openapi.yaml');
  writeFileSync(path, stringify(document));
  const operation = loadCreateUserOperation(path);
  for (const name of Object.keys(RICHER_SCHEMAS)) {
    const pointer = `/components/schemas/${name}`;
    const validate = operation.validatorAt(pointer);
    // One expect per family, not per value: Playwright's expect costs more than the validation.
    const invalid = fc.sample(schemaArbitrary(pointer, operation), { seed: 3, numRuns: 200 }).filter((value) => !validate(value));
    expect(invalid.map((value) => `${name}: ${JSON.stringify(value)}`)).toEqual([]);
  }
});
