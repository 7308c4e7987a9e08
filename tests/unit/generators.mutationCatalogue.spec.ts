import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { ConfigError } from '../../config/ConfigError.ts';
import { DEFAULT_PROFILE, loadProfile } from '../../config/profile.ts';
import { caseContent } from '../../generators/caseContent.ts';
import { mutationCatalogue, mutationFamilies } from '../../generators/mutationCatalogue.ts';
import { isInvalidCase, negativeCase, negativeCaseArbitrary } from '../../generators/negativeCaseArbitrary.ts';
import { validRequestArbitrary } from '../../generators/validRequestArbitrary.ts';
import { loadCreateUserOperation } from '../../spec/loadCreateUserOperation.ts';
import { requestViolation } from '../../spec/requestViolation.ts';
import { SPEC_PATH, specOperation } from '../_support/specFixture.ts';
import { scratchDir } from '../_support/scratchDir.ts';

const SEEDS = [1, 7, 42, 1337, -99, 2_000_000_000];
const ids = () => mutationCatalogue(specOperation(), DEFAULT_PROFILE).map((m) => m.id);

test('the catalogue is derived from every required, type, enum, maxLength and format of the request schema', () => {
  const catalogue = ids();
  const wrongTypes = (path: string, types: string[]) => types.map((t) => `type:${path}:${t}`);
  expect(catalogue).toEqual(
    expect.arrayContaining([
      'required:/identifiers',
      'required:/identifiers/*/type',
      'required:/identifiers/*/value',
      ...wrongTypes('/', ['null', 'boolean', 'integer', 'number', 'string', 'array']),
      ...wrongTypes('/identifiers', ['null', 'object', 'string']),
      ...wrongTypes('/identifiers/*', ['null', 'array', 'string']),
      ...wrongTypes('/identifiers/*/value', ['null', 'number', 'array', 'object', 'boolean']),
      ...wrongTypes('/profile', ['array', 'string', 'null']),
      ...wrongTypes('/profile/*', ['null', 'number', 'boolean', 'object', 'array']),
      ...wrongTypes('/external_id', ['null', 'number', 'object']),
      'enum:/identifiers/*/type',
      'length:/external_id',
      'length:/external_id:astral',
      'format:/id:g-in-hex',
      'format:/id:braces',
      'format:/id:no-dashes',
      'format:/id:short-group',
      'malformed:truncated',
      'malformed:invalid-utf8',
      'malformed:empty',
      'mediaType:missing',
      'mediaType:text/plain',
    ]),
  );
  expect(new Set(catalogue).size).toBe(catalogue.length);
  // PostUserRequest does not close its properties: an extra property is valid, so no such mutation.
  expect(catalogue.filter((id) => id.startsWith('additionalProperties:'))).toEqual([]);
});

test('every mutation, on many valid bodies, seeds, items and variants, yields a request the spec refuses', () => {
  const operation = specOperation();
  const bodies = SEEDS.flatMap((seed) => fc.sample(validRequestArbitrary(operation), { seed, numRuns: 25 }));
  // Collected, then asserted once: an expect per case would cost Playwright a step each.
  const stillValid: string[] = [];
  const rarelyApplied: string[] = [];
  for (const mutation of mutationCatalogue(operation, DEFAULT_PROFILE)) {
    let applied = 0;
    bodies.forEach((body, i) => {
      for (const variant of [0, 1, 3]) {
        const testCase = negativeCase(mutation, body, i, variant);
        if (testCase === undefined) continue;
        applied++;
        if (requestViolation(operation, caseContent(testCase)) === undefined)
          stillValid.push(`${mutation.id} variant ${variant}: ${JSON.stringify(testCase.body)}`);
      }
    });
    if (applied < 100) rarelyApplied.push(`${mutation.id} (${applied})`);
  }
  expect(stillValid).toEqual([]);
  expect(rarelyApplied).toEqual([]);
});

test('shrinking never turns a negative case valid: every value fast-check tries, generated or shrunk, is invalid', () => {
  const operation = specOperation();
  const catalogue = mutationCatalogue(operation, DEFAULT_PROFILE);
  for (const [family] of mutationFamilies(catalogue)) {
    for (const seed of SEEDS) {
      const tried: unknown[] = [];
      const becameValid: unknown[] = [];
      // A property that always fails makes fast-check shrink all the way down: every candidate is checked.
      fc.check(
        fc.property(
          negativeCaseArbitrary(
            operation,
            catalogue.filter((m) => m.family === family),
          ),
          (testCase) => {
            tried.push(testCase);
            if (!isInvalidCase(operation, testCase)) becameValid.push(testCase);
            return false;
          },
        ),
        { seed, numRuns: 1 },
      );
      expect(becameValid, family).toEqual([]);
      expect(tried.length, family).toBeGreaterThan(2);
    }
  }
});

test('maxLength counts code points as Ajv does: 128 astral characters are valid, 129 are not', () => {
  const { request } = specOperation();
  expect(request.validate({ identifiers: [], external_id: '\u{1F600}'.repeat(128) })).toBe(true);
  expect(request.validate({ identifiers: [], external_id: '\u{1F600}'.repeat(129) })).toBe(false);
  // ajv-formats' uuid is case-insensitive and admits urn:uuid:, so those are not near misses.
  expect(request.validate({ identifiers: [], id: '550E8400-E29B-41D4-A716-446655440000' })).toBe(true);
  expect(request.validate({ identifiers: [], id: 'urn:uuid:550e8400-e29b-41d4-a716-446655440000' })).toBe(true);
});

test('expected codes come from the profile, statuses from the spec pairings', () => {
  const operation = specOperation();
  const byId = (profile = DEFAULT_PROFILE) => new Map(mutationCatalogue(operation, profile).map((m) => [m.id, m.expected]));
  expect(byId().get('format:/id:braces')).toEqual({ status: 400, codes: ['invalid_id', 'invalid_request'] });
  expect(byId().get('length:/external_id')).toEqual({ status: 400, codes: ['invalid_request'] });
  const strict = { ...DEFAULT_PROFILE, rejectionCodes: { ...DEFAULT_PROFILE.rejectionCodes, id: ['invalid_id'] } };
  expect(byId(strict).get('type:/id:null')).toEqual({ status: 400, codes: ['invalid_id'] });
  expect(() => byId({ ...DEFAULT_PROFILE, rejectionCodes: { '': ['bad_input'] } })).toThrow(ConfigError);
  expect(() => byId({ ...DEFAULT_PROFILE, rejectionCodes: { '': ['invalid_request', 'app_not_found'] } })).toThrow(/share one HTTP status/);
});

test('a change of the spec changes the catalogue', () => {
  type Schema = { additionalProperties?: unknown; properties: Record<string, Record<string, unknown>>; required: string[] };
  const document = parse(readFileSync(SPEC_PATH, 'utf8')) as { components: { schemas: Record<string, Schema> } };
  const request = document.components.schemas['PostUserRequest']!;
  request.additionalProperties = false;
  request.properties['external_id']!['minLength'] = 3;
  delete request.properties['external_id']!['maxLength'];
  request.properties['contact'] = { type: 'string', format: 'email' };
  request.required.push('profile');
  const path = join(scratchDir('mutations'), 'openapi.yaml');
  writeFileSync(path, stringify(document));
  const operation = loadCreateUserOperation(path);
  const catalogue = mutationCatalogue(operation, DEFAULT_PROFILE);
  const changed = catalogue.map((m) => m.id);
  expect(changed).toEqual(
    expect.arrayContaining(['additionalProperties:/', 'length:/external_id:short', 'format:/contact:no-at', 'required:/profile', 'type:/contact:null']),
  );
  expect(changed).not.toContain('length:/external_id');
  const stillValid: string[] = [];
  fc.sample(validRequestArbitrary(operation), { seed: 3, numRuns: 30 }).forEach((body, i) => {
    for (const mutation of catalogue) {
      const testCase = negativeCase(mutation, body, i, i);
      if (testCase && !isInvalidCase(operation, testCase)) stillValid.push(`${mutation.id}: ${JSON.stringify(testCase.body)}`);
    }
  });
  expect(stillValid).toEqual([]);
});

test('the profile file narrows rejection codes (merged with the defaults) and refuses malformed settings', () => {
  const dir = scratchDir('profile');
  let written = 0;
  const write = (settings: unknown) => {
    const path = join(dir, `${written++}.json`);
    writeFileSync(path, JSON.stringify(settings));
    return path;
  };
  const profile = loadProfile(write({ rejectionCodes: { id: ['invalid_id'] } }));
  expect(profile.rejectionCodes).toEqual({ '': ['invalid_request'], id: ['invalid_id'] });
  expect(() => loadProfile(write({ rejectionCodes: { id: 'invalid_id' } }))).toThrow('"rejectionCodes.id" must be array');
  expect(() => loadProfile(write({ validatedBeyondSchema: 'identifiers' }))).toThrow('"validatedBeyondSchema" must be array');
});
