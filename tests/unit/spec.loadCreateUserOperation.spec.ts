import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../../config/packageRoot.ts';
import { loadCreateUserOperation } from '../../spec/loadCreateUserOperation.ts';
import { SpecError } from '../../spec/SpecError.ts';
import { IDENTITY_PARTS } from '../../spec/identityParts.ts';
import { scratchDir } from '../_support/scratchDir.ts';

const SPEC = resolve(PACKAGE_ROOT, 'spec/openapi.yaml');
const SEED_PAGE = resolve(PACKAGE_ROOT, '../shared/seeds/000_a069a3cf1cef7f20.txt');

test('indexes every documented status with its media type and schema', () => {
  const operation = loadCreateUserOperation(SPEC);
  expect([...operation.responses.keys()]).toEqual(['201', '400', '403', '404', '409']);
  expect(operation.successStatus).toBe(201);
  expect(operation.request.required).toBe(true);
  expect(operation.request.schemaPointer).toBe('/components/schemas/PostUserRequest');
  for (const response of operation.responses.values()) {
    expect(response.mediaTypes).toEqual(['application/json']);
    expect(response.validate).toBeDefined();
  }
});

test('derives the status/code pairings from the error schemas, not from a list', () => {
  const pairs = loadCreateUserOperation(SPEC).pairings.map((p) => `${p.httpStatus} ${p.code} ${p.statusText}`);
  expect(pairs).toEqual([
    '400 invalid_request bad_request',
    '400 invalid_id bad_request',
    '400 too_many_user_identifiers bad_request',
    '403 session_disabled forbidden',
    '404 app_not_found not_found',
    '409 already_in_use conflict',
    '409 external_id_already_in_use conflict',
    '409 conflict conflict',
  ]);
});

test("the identity parts' 409 codes are the spec's: each part has one of the codes its 409 schemas pin, and every such code belongs to a part", () => {
  const specCodes = loadCreateUserOperation(SPEC)
    .pairings.filter((p) => p.httpStatus === 409)
    .map((p) => p.code);
  expect(
    Object.values(IDENTITY_PARTS)
      .map((part) => part.conflictCode as string)
      .sort(),
  ).toEqual(specCodes.sort());
});

test('reads a docs page with the YAML embedded, as the seed is', () => {
  test.skip(!existsFile(SEED_PAGE), 'the seed page is not beside this checkout');
  const fromPage = loadCreateUserOperation(SEED_PAGE);
  expect(fromPage.spec.sha256).toBe(loadCreateUserOperation(SPEC).spec.sha256);
});

test('the response validators honour oneOf and formats', () => {
  const operation = loadCreateUserOperation(SPEC);
  const validate400 = operation.responseFor(400)!.validate!;
  expect(validate400({ code: 'invalid_id', status: 'bad_request', message: 'x' })).toBe(true);
  expect(validate400({ code: 'app_not_found', status: 'bad_request', message: 'x' })).toBe(false);
  const validateRequest = operation.request.validate;
  expect(validateRequest({ identifiers: [], id: 'not-a-uuid' })).toBe(false);
  expect(validateRequest({ identifiers: [], external_id: '𝒳'.repeat(128) })).toBe(true);
  expect(validateRequest({ identifiers: [], external_id: '𝒳'.repeat(129) })).toBe(false);
});

// A broken or incompatible spec must stop the run at start-up, naming the file and the place.
const BROKEN: ReadonlyArray<{ name: string; edit: (yaml: string) => string; message: RegExp }> = [
  { name: 'not YAML', edit: () => 'openapi: [3.1.1\n  : :', message: /not valid YAML/ },
  { name: 'OpenAPI 3.0', edit: (y) => y.replace('openapi: 3.1.1', 'openapi: 3.0.3'), message: /expected an OpenAPI 3.1 document/ },
  {
    name: 'operation missing',
    edit: (y) => y.replace('    post:\n', '    put:\n'),
    message: /paths\/~1v2~1session~1apps~1\{appID\}~1users\/post: expected an object/,
  },
  { name: 'misspelled keyword (strict mode)', edit: (y) => y.replace('maxLength: 128', 'maxLenght: 128'), message: /unknown keyword: "maxLenght"/ },
  {
    name: 'dangling $ref',
    edit: (y) => y.replace("$ref: '#/components/schemas/PostUserResponse'", "$ref: '#/components/schemas/Nope'"),
    message: /can't resolve reference|Nope/,
  },
  {
    name: 'external $ref',
    edit: (y) =>
      y
        .replace("$ref: '#/components/parameters/appIDParam'\n    post", "$ref: 'other.yaml#/x'\n    post")
        .replace("- $ref: '#/components/schemas/PostUserRequest'", "$ref: 'other.yaml#/PostUserRequest'")
        .replace("$ref: '#/components/schemas/PostUserRequest'", "$ref: 'other.yaml#/PostUserRequest'"),
    message: /other\.yaml/,
  },
  { name: 'no 2xx response', edit: (y) => y.replace("        '201':", "        '202x':"), message: /"202x" is not a status code/ },
];

for (const broken of BROKEN) {
  test(`a broken spec fails loudly: ${broken.name}`, () => {
    const path = join(scratchDir('spec'), 'openapi.yaml');
    writeFileSync(path, broken.edit(readFileSync(SPEC, 'utf8')));
    let error: unknown;
    try {
      loadCreateUserOperation(path);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SpecError);
    expect((error as Error).message).toContain(path);
    expect((error as Error).message).toMatch(broken.message);
  });
}

test('a missing spec file is a SpecError naming the path', () => {
  expect(() => loadCreateUserOperation('/nonexistent/openapi.yaml')).toThrow(/Spec \/nonexistent\/openapi.yaml: cannot read the file/);
});

function existsFile(path: string): boolean {
  try {
    readFileSync(path);
    return true;
  } catch {
    return false;
  }
}
