import { expect, test } from '@playwright/test';
import { allChecks } from '../../checks/allChecks.ts';
import type { CheckInput } from '../../checks/Check.ts';
import { newRunHistory } from '../../checks/RunHistory.ts';
import { runChecks } from '../../checks/runChecks.ts';
import { checkInput, VALID_CASE } from '../_support/fakeExchange.ts';

const CREATED = { id: 'usr_01jqebhswje1ka1z7ahr9rfsgt' };
const err = (code: string, status: string) => ({ code, status, message: 'm' });

// Each row: an exchange, and exactly the (check, severity) findings it must produce.
// A check that cannot fail would show up here as a row whose expected findings never appear.
const CASES: ReadonlyArray<{ name: string; input: () => CheckInput; expected: string[] }> = [
  { name: 'a conformant 201', input: () => checkInput(201, CREATED), expected: [] },
  { name: 'charset parameter is fine', input: () => checkInput(201, CREATED, { headers: { 'content-type': 'application/json; charset=utf-8' } }), expected: [] },
  { name: 'undocumented status', input: () => checkInput(418, { code: 'teapot' }), expected: ['status_documented:error', 'positive_acceptance:error'] },
  { name: '5xx', input: () => checkInput(503, { code: 'x' }), expected: ['no_server_error:error', 'status_documented:error', 'positive_acceptance:error'] },
  { name: 'no response', input: () => checkInput(undefined), expected: ['no_server_error:error'] },
  { name: 'wrong content type', input: () => checkInput(201, CREATED, { headers: { 'content-type': 'text/plain' } }), expected: ['content_type:error'] },
  { name: 'body not JSON', input: () => checkInput(201, undefined, { rawBody: '<html>' }), expected: ['response_schema:error'] },
  { name: 'body not UTF-8', input: () => ({ ...checkInput(201, CREATED), response: { ...checkInput(201, CREATED).response!, invalidUtf8: true } }), expected: ['response_schema:error'] },
  { name: 'id of the wrong type', input: () => checkInput(201, { id: 42 }), expected: ['response_schema:error'] },
  { name: 'id missing', input: () => checkInput(201, {}), expected: ['response_schema:error'] },
  { name: 'id without usr_ prefix', input: () => checkInput(201, { id: 'user_1' }), expected: ['user_id_prefix:warning'] },
  { name: 'code of another status', input: () => checkInput(400, err('app_not_found', 'not_found')), expected: ['response_schema:error', 'status_code_pairing:error', 'positive_acceptance:error'] },
  { name: 'status text of another code', input: () => checkInput(409, err('already_in_use', 'bad_request'), { testCase: { ...VALID_CASE, freshIdentities: false } }), expected: ['response_schema:error', 'status_code_pairing:error'] },
  { name: 'undocumented code', input: () => checkInput(404, err('user_not_found', 'not_found'), { testCase: { ...VALID_CASE, app: 'unknown' } }), expected: ['response_schema:error', 'status_code_pairing:error'] },
  { name: 'extra properties in an error are legal', input: () => checkInput(404, { ...err('app_not_found', 'not_found'), request_id: 'r1' }, { testCase: { ...VALID_CASE, app: 'unknown' } }), expected: [] },
  { name: 'valid request refused', input: () => checkInput(400, err('invalid_request', 'bad_request')), expected: ['positive_acceptance:error'] },
  { name: 'fresh identity refused as in use', input: () => checkInput(409, err('already_in_use', 'conflict')), expected: ['positive_acceptance:error'] },
  { name: 'reused identity refused as in use', input: () => checkInput(409, err('already_in_use', 'conflict'), { testCase: { ...VALID_CASE, freshIdentities: false } }), expected: [] },
  { name: 'one identifier is never too many', input: () => checkInput(400, err('too_many_user_identifiers', 'bad_request')), expected: ['positive_acceptance:error'] },
  { name: 'slow answer', input: () => checkInput(201, CREATED, { elapsedMs: 5_000 }), expected: ['response_time:warning'] },
];

for (const { name, input, expected } of CASES) {
  test(`checks: ${name}`, () => {
    const { findings } = runChecks(input());
    expect(findings.map((f) => `${f.check}:${f.severity}`).sort()).toEqual([...expected].sort());
  });
}

test('every check in the catalogue is exercised by a failing row above', () => {
  const failing = new Set(CASES.flatMap((c) => c.expected.map((e) => e.split(':')[0])));
  expect(allChecks.map((c) => c.id).filter((id) => !failing.has(id))).toEqual([]);
});

test('too_many_user_identifiers must be monotonic in the identifier count', () => {
  const history = newRunHistory();
  const withCount = (n: number) => ({ ...VALID_CASE, body: { identifiers: Array.from({ length: n }, (_, i) => ({ type: 'email_address', value: `u${i}@example.com` })) } });
  const tooMany = { code: 'too_many_user_identifiers', status: 'bad_request', message: 'm' };
  expect(runChecks(checkInput(400, tooMany, { testCase: withCount(4), history })).findings).toEqual([]);
  expect(runChecks(checkInput(400, tooMany, { testCase: withCount(6), history })).findings).toEqual([]);
  const created5 = runChecks(checkInput(201, CREATED, { testCase: withCount(5), history })).findings;
  expect(created5.map((f) => f.check)).toEqual(['positive_acceptance']);
  expect(created5[0]!.message).toContain('not monotonic');
});
