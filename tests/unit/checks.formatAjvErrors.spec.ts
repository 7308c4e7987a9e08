import { expect, test } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ajvErrorText, formatAjvErrors } from '../../vocabulary/formatAjvErrors.ts';
import { responseSchema } from '../../checks/responseSchema.ts';
import { checkInput } from '../_support/fakeExchange.ts';

const FASTIFY_400 = { statusCode: 400, code: 'FST_ERR_VALIDATION', error: 'Bad Request', message: "body must have required property 'identifiers'" };

test("a body that fails the 400 response's oneOf says so once: what every error schema says is said once, the codes they allow are listed together", () => {
  const [finding] = responseSchema.verify(checkInput(400, FASTIFY_400));
  expect(finding!.message).toBe(
    'the 400 body matches none of the three 400 error schemas: "status" missing; "code" FST_ERR_VALIDATION is none of invalid_request, invalid_id, too_many_user_identifiers',
  );
  const [conflict] = responseSchema.verify(checkInput(409, { code: 'taken', status: 'conflict', message: 'm' }));
  expect(conflict!.message).toBe(
    'the 409 body matches none of the three 409 error schemas: "code" taken is none of already_in_use, external_id_already_in_use, conflict',
  );
});

test('what only some of the schemas say is counted, never said as if all did', () => {
  // Right for InvalidRequestError but for its message; the other two also refuse the code.
  const [finding] = responseSchema.verify(checkInput(400, { code: 'invalid_request', status: 'bad_request' }));
  expect(finding!.message).toBe(
    'the 400 body matches none of the three 400 error schemas: "message" missing; "code" invalid_request is none of invalid_id, too_many_user_identifiers (in two of three)',
  );
});

test('a body outside any oneOf reads as before', () => {
  expect(responseSchema.verify(checkInput(201, { id: 42 }))[0]!.message).toBe('the 201 body does not match its schema: /id must be string');
  expect(responseSchema.verify(checkInput(404, { code: 'gone', status: 'not_found', message: 'm' }))[0]!.message).toBe(
    'the 404 body does not match its schema: /code must be equal to one of the allowed values ["app_not_found"]',
  );
});

test('a nested oneOf of inline schemas: its schemas counted from the errors, a sibling keyword of its parent kept apart, one bounded line', () => {
  const ajv = new Ajv2020({ allErrors: true });
  const validate = ajv.compile({
    type: 'object',
    required: ['name'],
    properties: {
      contact: {
        oneOf: [
          { type: 'object', required: ['kind', 'email'], properties: { kind: { const: 'email' } } },
          { type: 'object', required: ['kind', 'phone'], properties: { kind: { const: 'phone' } } },
        ],
      },
    },
  });
  const data = { contact: { kind: 'fax' } };
  expect(validate(data)).toBe(false);
  expect(formatAjvErrors(validate.errors, { data })).toBe(
    "(root) must have required property 'name'; /contact matches none of the two schemas: /contact/email missing (in one of two); /contact/kind fax is none of email, phone; /contact/phone missing (in one of two)",
  );
  const many = ajv.compile({ type: 'object', properties: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`p${i}`, { type: 'string' }])) });
  const bad = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`p${i}`, i]));
  expect(many(bad)).toBe(false);
  const line = formatAjvErrors(many.errors, { data: bad });
  expect(line).toMatch(/ \(\+4 more\)$/);
  expect(line).not.toContain('\n');
});

test('a body that fits more than one schema of a oneOf says that, not which errors the others found', () => {
  const ajv = new Ajv2020({ allErrors: true });
  const validate = ajv.compile({ oneOf: [{ type: 'object' }, { type: 'object', required: ['a'] }, { type: 'string' }] });
  expect(validate({ a: 1 })).toBe(false);
  expect(formatAjvErrors(validate.errors, { branches: 3, branchesCalled: 'body schemas' })).toBe(
    'matches two of the three body schemas, where oneOf allows exactly one',
  );
  expect(formatAjvErrors(validate.errors)).toBe('matches two of its schemas, where oneOf allows exactly one');
});

test('one error, one statement: a body names its place by pointer and lists values as JSON; a settings file names the key its author writes', () => {
  const ajv = new Ajv2020({ allErrors: true });
  const validate = ajv.compile({
    type: 'object',
    properties: { failOn: { enum: ['error', 'warning'] }, severity: { type: 'object', additionalProperties: false } },
  });
  expect(validate({ failOn: 'never', severity: { 'a/b': 1 } })).toBe(false);
  const [enumError, extra] = validate.errors!;
  expect(ajvErrorText(enumError!)).toBe('/failOn must be equal to one of the allowed values ["error","warning"]');
  expect(ajvErrorText(enumError!, 'settings')).toBe('"failOn" must be equal to one of the allowed values (error, warning)');
  expect(ajvErrorText(extra!)).toBe('/severity must NOT have additional properties "a/b"');
  expect(ajvErrorText(extra!, 'settings')).toBe('"severity" must NOT have additional properties "a/b"');
});
