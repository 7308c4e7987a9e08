import { expect, test } from '@playwright/test';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { PACKAGE_ROOT } from '../../config/packageRoot.ts';
import { CHANGE_KINDS, CHANGE_RULES, ruleId } from '../../specdiff/changeRules.ts';
import { diffCreateUserSpecs } from '../../specdiff/diffCreateUserSpecs.ts';
import { SPEC_PATH } from '../_support/specFixture.ts';

const SPEC = 'spec';
const SEED_DOCS_PAGE = '/work/shared/seeds/000_a069a3cf1cef7f20.txt';

interface Row {
  /** Fixture names under tests/fixtures/specdiff (without .yaml), or `spec` for spec/openapi.yaml. */
  readonly from: string;
  readonly to: string;
  /** The rule ids the diff must report, in order: exactly these, nothing else. */
  readonly expect: readonly string[];
  readonly pointer?: string;
  readonly where?: string;
}

// Each fixture is spec/openapi.yaml with one obvious change; read backwards it is the opposite
// change, so one file covers a rule and its inverse. Every rule of the table has a row.
const ROWS: readonly Row[] = [
  {
    from: SPEC,
    to: 'request-required-added',
    expect: ['required-added@request'],
    pointer: '/components/schemas/PostUserRequest/required',
    where: 'request body',
  },
  { from: 'request-required-added', to: SPEC, expect: ['required-removed@request'] },
  { from: SPEC, to: 'response-required-removed', expect: ['required-removed@response'], where: 'response 201 body' },
  { from: 'response-required-removed', to: SPEC, expect: ['required-added@response'] },
  { from: SPEC, to: 'request-property-added', expect: ['property-added@request'], pointer: '/components/schemas/PostUserRequest/properties/locale' },
  { from: 'request-property-added', to: SPEC, expect: ['property-removed@request'] },
  { from: SPEC, to: 'response-property-added', expect: ['property-added@response'] },
  { from: 'response-property-added', to: SPEC, expect: ['property-removed@response'] },
  { from: SPEC, to: 'request-type-widened', expect: ['type-widened@request'], where: 'request body /identifiers/*/value' },
  { from: 'request-type-widened', to: SPEC, expect: ['type-narrowed@request'] },
  { from: SPEC, to: 'request-type-changed', expect: ['type-changed@request'], pointer: '/components/schemas/IdentifierResponse/properties/value/type' },
  { from: SPEC, to: 'response-type-widened', expect: ['type-widened@response'], pointer: '/components/schemas/UserID/type', where: 'response 201 body /id' },
  { from: 'response-type-widened', to: SPEC, expect: ['type-narrowed@response'] },
  { from: SPEC, to: 'response-type-changed', expect: ['type-changed@response'] },
  // A change inside a referenced component is reported where the operation uses it.
  {
    from: SPEC,
    to: 'request-enum-value-added',
    expect: ['enum-value-added@request'],
    pointer: '/components/schemas/IdentifierResponse/properties/type/enum',
    where: 'request body /identifiers/*/type',
  },
  { from: 'request-enum-value-added', to: SPEC, expect: ['enum-value-removed@request'] },
  { from: SPEC, to: 'response-enum-value-added', expect: ['enum-value-added@response'], where: 'response 409 body /status' },
  { from: 'response-enum-value-added', to: SPEC, expect: ['enum-value-removed@response'] },
  { from: SPEC, to: 'request-enum-dropped', expect: ['enum-dropped@request'] },
  { from: 'request-enum-dropped', to: SPEC, expect: ['enum-introduced@request'] },
  { from: SPEC, to: 'response-enum-dropped', expect: ['enum-dropped@response'] },
  { from: 'response-enum-dropped', to: SPEC, expect: ['enum-introduced@response'] },
  {
    from: SPEC,
    to: 'request-maxlength-tightened',
    expect: ['bound-tightened@request'],
    pointer: '/components/schemas/PostUserRequest/properties/external_id/maxLength',
    where: 'request body /external_id',
  },
  { from: SPEC, to: 'request-maxlength-loosened', expect: ['bound-loosened@request'] },
  {
    from: SPEC,
    to: 'request-minlength-added',
    expect: ['bound-tightened@request'],
    pointer: '/components/schemas/PostUserRequest/properties/external_id/minLength',
  },
  { from: 'request-minlength-added', to: SPEC, expect: ['bound-loosened@request'] },
  { from: SPEC, to: 'response-maxlength-added', expect: ['bound-tightened@response'] },
  { from: 'response-maxlength-added', to: SPEC, expect: ['bound-loosened@response'] },
  { from: SPEC, to: 'response-minlength-added', expect: ['bound-tightened@response'], pointer: '/components/schemas/UserID/minLength' },
  { from: 'response-minlength-added', to: SPEC, expect: ['bound-loosened@response'] },
  { from: SPEC, to: 'request-format-removed', expect: ['format-removed@request'], pointer: '/components/schemas/PostUserRequest/properties/id/format' },
  { from: 'request-format-removed', to: SPEC, expect: ['format-added@request'] },
  { from: SPEC, to: 'request-format-changed', expect: ['format-changed@request'] },
  { from: SPEC, to: 'response-format-added', expect: ['format-added@response'] },
  { from: 'response-format-added', to: SPEC, expect: ['format-removed@response'] },
  { from: 'response-format-added', to: 'response-format-changed', expect: ['format-changed@response'] },
  { from: SPEC, to: 'request-pattern-added', expect: ['pattern-added@request'] },
  { from: 'request-pattern-added', to: SPEC, expect: ['pattern-removed@request'] },
  { from: 'request-pattern-added', to: 'request-pattern-changed', expect: ['pattern-changed@request'] },
  { from: SPEC, to: 'response-pattern-added', expect: ['pattern-added@response'] },
  { from: 'response-pattern-added', to: SPEC, expect: ['pattern-removed@response'] },
  { from: 'response-pattern-added', to: 'response-pattern-changed', expect: ['pattern-changed@response'] },
  { from: SPEC, to: 'request-identifier-oneof-branch-added', expect: ['branch-added@request'], where: 'request body /identifiers/*' },
  { from: 'request-identifier-oneof-branch-added', to: SPEC, expect: ['branch-removed@request'] },
  // A new 409 shape whose code the status already has is a change of shape, not a new code.
  { from: SPEC, to: 'response-error-branch-added', expect: ['branch-added@response'], where: 'response 409 body' },
  { from: 'response-error-branch-added', to: SPEC, expect: ['branch-removed@response'] },
  {
    from: SPEC,
    to: 'request-path-parameter-pattern-added',
    expect: ['pattern-added@request'],
    pointer: '/components/schemas/AppID/pattern',
    where: 'path parameter appID',
  },
  // A recursive schema (profile values are requests again): the walk ends, the change is reported once.
  {
    from: 'request-recursive-profile',
    to: 'request-recursive-profile-maxlength-tightened',
    expect: ['bound-tightened@request'],
    where: 'request body /external_id',
  },
  {
    from: SPEC,
    to: 'request-unique-identifiers',
    expect: ['unanalysed-change@request'],
    pointer: '/components/schemas/PostUserRequest/properties/identifiers/uniqueItems',
  },
  { from: SPEC, to: 'response-closed-object', expect: ['unanalysed-change@response'] },
  { from: SPEC, to: 'request-media-type-added', expect: ['media-type-added@request'] },
  { from: 'request-media-type-added', to: SPEC, expect: ['media-type-removed@request'] },
  { from: SPEC, to: 'request-media-type-changed', expect: ['media-type-removed@request', 'media-type-added@request'] },
  { from: SPEC, to: 'response-media-type-added', expect: ['media-type-added@response'], where: 'response 201' },
  { from: 'response-media-type-added', to: SPEC, expect: ['media-type-removed@response'] },
  { from: SPEC, to: 'response-media-type-changed', expect: ['media-type-removed@response', 'media-type-added@response'] },
  { from: SPEC, to: 'response-status-added', expect: ['status-added@response'], pointer: '/paths/~1v2~1session~1apps~1{appID}~1users/post/responses/422' },
  { from: 'response-status-added', to: SPEC, expect: ['status-removed@response'] },
  // Error codes, read as spec/deriveErrorVariants.ts reads them: a value added to a code enum...
  {
    from: SPEC,
    to: 'response-error-code-added',
    expect: ['error-code-added@response'],
    pointer: '/components/schemas/InvalidIdError/properties/code/enum',
    where: 'response 400 body /code',
  },
  { from: 'response-error-code-added', to: SPEC, expect: ['error-code-removed@response'] },
  // ...or a new error schema in the status's oneOf.
  {
    from: SPEC,
    to: 'response-error-schema-added',
    expect: ['error-code-added@response'],
    pointer: '/components/schemas/InvalidPhoneNumberError/properties/code',
  },
  { from: 'response-error-schema-added', to: SPEC, expect: ['error-code-removed@response'] },
  // No change to the contract: renamed and reordered components, new prose, `$ref` wrapped in a one-branch oneOf.
  { from: SPEC, to: 'compatible-renamed-reordered', expect: [] },
  { from: 'compatible-renamed-reordered', to: SPEC, expect: [] },
  { from: SPEC, to: 'request-identifier-oneof', expect: [] },
];

function fixturePath(name: string): string {
  return name === SPEC ? SPEC_PATH : resolve(PACKAGE_ROOT, 'tests/fixtures/specdiff', `${name}.yaml`);
}

for (const row of ROWS) {
  test(`${row.from} → ${row.to}: ${row.expect.join(', ') || 'no change'}`, () => {
    const diff = diffCreateUserSpecs(fixturePath(row.from), fixturePath(row.to));
    expect(diff.changes.map((c) => c.rule)).toEqual(row.expect);
    if (row.pointer !== undefined) expect(diff.changes[0]?.pointer).toBe(row.pointer);
    if (row.where !== undefined) expect(diff.changes[0]?.where).toBe(row.where);
    for (const change of diff.changes) expect(change.message).toContain(change.where);
  });
}

test('every rule of the table has a fixture row, and every kind a rule', () => {
  const covered = new Set(ROWS.flatMap((r) => r.expect));
  expect(CHANGE_RULES.map(ruleId).filter((id) => !covered.has(id))).toEqual([]);
  expect(Object.keys(CHANGE_KINDS).filter((kind) => !CHANGE_RULES.some((r) => r.change === kind))).toEqual([]);
  expect(new Set(CHANGE_RULES.map(ruleId)).size).toBe(CHANGE_RULES.length);
});

// A request rule that accepts less breaks clients; the same change in a response breaks servers,
// and vice versa. The one exception, by design: a removed property breaks clients on both sides
// (they send it, or they read it).
const NOT_MIRRORED = ['property-removed'];

test('the same schema change is classified in mirror image on the request and the response side', () => {
  const kinds = Object.keys(CHANGE_KINDS).filter((k) => CHANGE_RULES.filter((r) => r.change === k).length === 2 && !NOT_MIRRORED.includes(k));
  expect(kinds.length).toBeGreaterThan(20);
  for (const kind of kinds) {
    const request = CHANGE_RULES.find((r) => r.change === kind && r.side === 'request');
    const response = CHANGE_RULES.find((r) => r.change === kind && r.side === 'response');
    expect([request?.clients, request?.servers], kind).toEqual([response?.servers, response?.clients]);
  }
});

test('the docs page with the YAML embedded reads as the same operation as spec/openapi.yaml', () => {
  expect(diffCreateUserSpecs(SEED_DOCS_PAGE, SPEC_PATH).changes).toEqual([]);
});

test('docs/spec-diff.md lists every rule of the table, with its classification', () => {
  const readme = readFileSync(resolve(PACKAGE_ROOT, 'docs/spec-diff.md'), 'utf8').split('\n');
  for (const rule of CHANGE_RULES) {
    const row = readme.find((line) => line.startsWith(`| \`${ruleId(rule)}\` |`));
    expect(row, ruleId(rule)).toBeDefined();
    const [, , clients, servers] = row!.split(' | ');
    expect([clients, servers], ruleId(rule)).toEqual([rule.clients, rule.servers].map((i) => (i === 'breaking' ? '**breaking**' : 'compatible')));
  }
});
