import { expect, test } from '@playwright/test';
import { allChecks } from '../../checks/allChecks.ts';
import type { CheckInput } from '../../checks/Check.ts';
import { newRunHistory } from '../../checks/RunHistory.ts';
import { runChecks } from '../../checks/runChecks.ts';
import type { CreateUserCase } from '../../vocabulary/CreateUserCase.ts';
import { checkInput, VALID_CASE } from '../_support/fakeExchange.ts';
import { compared, threw, throughSdk, wire } from '../_support/fidelityExchanges.ts';

const CREATED = { id: 'usr_01jqebhswje1ka1z7ahr9rfsgt' };
const REJECTED: CreateUserCase = {
  family: 'negative/length',
  app: 'enabled',
  body: { identifiers: [], external_id: 'x'.repeat(129) },
  expectation: {
    kind: 'rejected',
    status: 400,
    codes: ['invalid_request'],
    rule: '/components/schemas/PostUserRequest/properties/external_id/maxLength',
    mutation: 'length:/external_id',
  },
  freshIdentities: true,
};
const withIdentifiers = (n: number): CreateUserCase => ({
  ...REJECTED,
  body: { ...(REJECTED.body as object), identifiers: Array.from({ length: n }, (_, i) => ({ type: 'email_address', value: `u${i}@example.com` })) },
});
const METHOD = (method: string): CreateUserCase => ({
  ...VALID_CASE,
  family: 'methods',
  method,
  expectation: { kind: 'method_not_allowed', allowed: ['POST'] },
});
const err = (code: string, status: string) => ({ code, status, message: 'm' });
const expecting = (expectation: CreateUserCase['expectation'], app: CreateUserCase['app'] = 'enabled'): { testCase: CreateUserCase } => ({
  testCase: { ...VALID_CASE, app, expectation, freshIdentities: false },
});
const REUSED_EMAIL = expecting({ kind: 'conflict', codes: ['already_in_use'] });
const CASE_CHANGED_EMAIL = expecting({ kind: 'conflict', codes: ['already_in_use'], assumption: { setting: 'emailsCaseInsensitive', required: false } });
const UNKNOWN_APP = expecting({ kind: 'app_state', status: 404, codes: ['app_not_found'] }, 'unknown');
const UNKNOWN_APP_INVALID = expecting(
  { kind: 'app_state', status: 404, codes: ['app_not_found'], orRejected: { status: 400, codes: ['invalid_request'] } },
  'unknown',
);
const NO_TOKEN = expecting({ kind: 'unauthenticated' });
const AFTER_NO_TOKEN = expecting({ kind: 'created', provesNoEffectOf: { answer: '401 invalid_api_token', family: 'auth/missing', reused: 'identifier' } });
const AFTER_INVALID = expecting({
  kind: 'created',
  provesNoEffectOf: { answer: '400 invalid_request', family: 'negative/length', reused: 'identifier + external_id' },
});
/** One of a burst of identical creates, judged with the burst's answers (status, code) in view. */
const inBurst = (status: number, body: unknown, burst: Array<[number, unknown]>): CheckInput => {
  const input = checkInput(status, body, expecting({ kind: 'concurrent_duplicate', codes: ['already_in_use'] }));
  return { ...input, concurrent: [input.exchange, ...burst.map(([s, b]) => checkInput(s, b).exchange)] };
};

// Each row: an exchange, and exactly the (check, severity) findings it must produce.
// A check that cannot fail would show up here as a row whose expected findings never appear.
const CASES: ReadonlyArray<{ name: string; input: () => CheckInput; expected: string[] }> = [
  // More rows for these two in fidelity.checks.spec.ts.
  {
    name: 'through the SDK: a 409 sent three times',
    input: () =>
      throughSdk(
        threw('ConflictError', 409, err('already_in_use', 'conflict')),
        wire(...Array.from({ length: 3 }, (): [number, unknown] => [409, err('already_in_use', 'conflict')])),
      ),
    expected: ['sdk_fidelity:warning'],
  },
  {
    name: 'differential: 201 on the target, 409 on the reference',
    input: () => compared([[201, CREATED]], [[409, err('already_in_use', 'conflict')]]),
    expected: ['differential:error'],
  },
  { name: 'a conformant 201', input: () => checkInput(201, CREATED), expected: [] },
  {
    name: 'a 404 body of 5 MiB: named by its size, its status alone judged',
    input: () => checkInput(404, undefined, { ...UNKNOWN_APP, rawBody: '{"code":"app_not_fo', truncatedFrom: 5 * 1024 * 1024 }),
    expected: ['response_size:warning'],
  },
  {
    name: 'charset parameter is fine',
    input: () => checkInput(201, CREATED, { headers: { 'content-type': 'application/json; charset=utf-8' } }),
    expected: [],
  },
  { name: 'undocumented status', input: () => checkInput(418, { code: 'teapot' }), expected: ['status_documented:error', 'positive_acceptance:error'] },
  { name: '5xx', input: () => checkInput(503, { code: 'x' }), expected: ['no_server_error:error', 'status_documented:error', 'positive_acceptance:error'] },
  { name: 'no response', input: () => checkInput(undefined), expected: ['no_server_error:error'] },
  { name: 'wrong content type', input: () => checkInput(201, CREATED, { headers: { 'content-type': 'text/plain' } }), expected: ['content_type:error'] },
  { name: 'body not JSON', input: () => checkInput(201, undefined, { rawBody: '<html>' }), expected: ['response_schema:error'] },
  {
    name: 'body not UTF-8',
    input: () => ({ ...checkInput(201, CREATED), response: { ...checkInput(201, CREATED).response!, invalidUtf8: true } }),
    expected: ['response_schema:error'],
  },
  { name: 'id of the wrong type', input: () => checkInput(201, { id: 42 }), expected: ['response_schema:error'] },
  { name: 'id missing', input: () => checkInput(201, {}), expected: ['response_schema:error'] },
  { name: 'id without usr_ prefix', input: () => checkInput(201, { id: 'user_1' }), expected: ['user_id_prefix:warning'] },
  {
    name: 'code of another status',
    input: () => checkInput(400, err('app_not_found', 'not_found')),
    expected: ['response_schema:error', 'status_code_pairing:error', 'positive_acceptance:error'],
  },
  {
    name: 'status text of another code',
    input: () => checkInput(409, err('already_in_use', 'bad_request'), { testCase: { ...VALID_CASE, freshIdentities: false } }),
    expected: ['response_schema:error', 'status_code_pairing:error'],
  },
  {
    name: 'undocumented code',
    input: () => checkInput(404, err('user_not_found', 'not_found'), { testCase: { ...VALID_CASE, app: 'unknown' } }),
    expected: ['response_schema:error', 'status_code_pairing:error'],
  },
  {
    name: 'extra properties in an error are legal',
    input: () => checkInput(404, { ...err('app_not_found', 'not_found'), request_id: 'r1' }, { testCase: { ...VALID_CASE, app: 'unknown' } }),
    expected: [],
  },
  { name: 'valid request refused', input: () => checkInput(400, err('invalid_request', 'bad_request')), expected: ['positive_acceptance:error'] },
  { name: 'fresh identity refused as in use', input: () => checkInput(409, err('already_in_use', 'conflict')), expected: ['positive_acceptance:error'] },
  {
    name: 'reused identity refused as in use',
    input: () => checkInput(409, err('already_in_use', 'conflict'), { testCase: { ...VALID_CASE, freshIdentities: false } }),
    expected: [],
  },
  {
    name: 'one identifier is never too many',
    input: () => checkInput(400, err('too_many_user_identifiers', 'bad_request')),
    expected: ['positive_acceptance:error'],
  },
  { name: 'reused identifier answered 409 already_in_use', input: () => checkInput(409, err('already_in_use', 'conflict'), REUSED_EMAIL), expected: [] },
  { name: 'reused identifier created anyway', input: () => checkInput(201, CREATED, REUSED_EMAIL), expected: ['conflict:error'] },
  {
    name: 'reused identifier with the code of another part',
    input: () => checkInput(409, err('external_id_already_in_use', 'conflict'), REUSED_EMAIL),
    expected: ['conflict:error'],
  },
  {
    name: 'case-changed email created: a profile assumption, so a warning',
    input: () => checkInput(201, CREATED, CASE_CHANGED_EMAIL),
    expected: ['conflict:warning'],
  },
  { name: 'unknown app answered 404 app_not_found', input: () => checkInput(404, err('app_not_found', 'not_found'), UNKNOWN_APP), expected: [] },
  { name: 'unknown app answered 400', input: () => checkInput(400, err('invalid_request', 'bad_request'), UNKNOWN_APP), expected: ['app_state:error'] },
  {
    name: 'unknown app and invalid body answered 400: no precedence assumed',
    input: () => checkInput(400, err('invalid_request', 'bad_request'), UNKNOWN_APP_INVALID),
    expected: [],
  },
  {
    name: 'unknown app answered with the disabled-app code',
    input: () => checkInput(404, err('session_disabled', 'forbidden'), UNKNOWN_APP),
    expected: ['app_state:error', 'response_schema:error', 'status_code_pairing:error'],
  },
  { name: 'no token answered 201', input: () => checkInput(201, CREATED, NO_TOKEN), expected: ['auth:error'] },
  {
    name: 'no token answered 401: a spec gap only (the shape checks stay silent)',
    input: () => checkInput(401, err('invalid_api_token', 'unauthorized'), NO_TOKEN),
    expected: ['auth:note'],
  },
  {
    name: 'no token answered 403 with its own code: legitimate, a spec gap',
    input: () => checkInput(403, err('invalid_api_key', 'forbidden'), NO_TOKEN),
    expected: ['auth:note'],
  },
  {
    name: 'no token answered 404: not what clients expect',
    input: () => checkInput(404, err('app_not_found', 'not_found'), NO_TOKEN),
    expected: ['auth:warning'],
  },
  {
    name: 'the identity of a refused unauthenticated request is then in use',
    input: () => checkInput(409, err('already_in_use', 'conflict'), AFTER_NO_TOKEN),
    expected: ['refusal_leaves_no_trace:error'],
  },
  {
    name: 'the free parts of a request refused as invalid are then in use',
    input: () => checkInput(409, err('external_id_already_in_use', 'conflict'), AFTER_INVALID),
    expected: ['refusal_leaves_no_trace:error'],
  },
  { name: 'the free parts of a refused request are created', input: () => checkInput(201, CREATED, AFTER_INVALID), expected: [] },
  { name: 'burst: the one 201', input: () => inBurst(201, CREATED, [[409, err('already_in_use', 'conflict')]]), expected: [] },
  { name: 'burst: a 409 beside the one 201', input: () => inBurst(409, err('already_in_use', 'conflict'), [[201, CREATED]]), expected: [] },
  { name: 'burst: two 201s', input: () => inBurst(201, CREATED, [[201, { id: 'usr_01jqebhswje1ka1z7ahr9rfsgv' }]]), expected: ['exactly_once:error'] },
  {
    name: 'burst: nobody created',
    input: () => inBurst(409, err('already_in_use', 'conflict'), [[409, err('already_in_use', 'conflict')]]),
    expected: ['exactly_once:error'],
  },
  { name: 'burst: the loser gets the wrong code', input: () => inBurst(409, err('conflict', 'conflict'), [[201, CREATED]]), expected: ['exactly_once:error'] },
  { name: 'invalid request refused as expected', input: () => checkInput(400, err('invalid_request', 'bad_request'), { testCase: REJECTED }), expected: [] },
  { name: 'invalid request accepted', input: () => checkInput(201, CREATED, { testCase: REJECTED }), expected: ['negative_rejection:error'] },
  {
    name: 'invalid request: server error',
    input: () => checkInput(500, { message: 'boom' }, { testCase: REJECTED }),
    expected: ['negative_rejection:error', 'no_server_error:error', 'status_documented:error'],
  },
  {
    name: 'invalid request: 400 with a code outside the set',
    input: () => checkInput(400, err('invalid_id', 'bad_request'), { testCase: REJECTED }),
    expected: ['negative_rejection:error'],
  },
  {
    name: 'invalid request: undocumented 4xx',
    input: () => checkInput(422, err('invalid_request', 'bad_request'), { testCase: REJECTED }),
    expected: ['negative_rejection:error', 'status_documented:error'],
  },
  {
    name: 'invalid request: a documented 4xx of another meaning',
    input: () => checkInput(409, err('conflict', 'conflict'), { testCase: REJECTED }),
    expected: ['negative_rejection:warning'],
  },
  {
    name: 'invalid request above the identifier minimum may be too many',
    input: () => checkInput(400, err('too_many_user_identifiers', 'bad_request'), { testCase: withIdentifiers(3) }),
    expected: [],
  },
  {
    name: 'invalid request at the identifier minimum is not too many',
    input: () => checkInput(400, err('too_many_user_identifiers', 'bad_request'), { testCase: withIdentifiers(1) }),
    expected: ['negative_rejection:error'],
  },
  {
    name: 'undocumented method: 405 with Allow',
    input: () => checkInput(405, { code: 'method_not_allowed' }, { testCase: METHOD('GET'), headers: { allow: 'POST' } }),
    expected: [],
  },
  {
    name: 'undocumented method: 404 is legitimate, and no response check judges it',
    input: () => checkInput(404, { code: 'not_found' }, { testCase: METHOD('PUT') }),
    expected: [],
  },
  {
    name: 'undocumented method: 405 without Allow',
    input: () => checkInput(405, { code: 'method_not_allowed' }, { testCase: METHOD('DELETE') }),
    expected: ['method_not_allowed:warning'],
  },
  {
    name: 'undocumented method: 405 whose Allow omits POST',
    input: () => checkInput(405, {}, { testCase: METHOD('DELETE'), headers: { allow: 'GET' } }),
    expected: ['method_not_allowed:warning'],
  },
  { name: 'undocumented method accepted', input: () => checkInput(200, [], { testCase: METHOD('PATCH') }), expected: ['method_not_allowed:error'] },
  {
    name: 'OPTIONS may describe the resource with 2xx',
    input: () => checkInput(204, undefined, { testCase: METHOD('OPTIONS'), headers: { allow: 'POST' } }),
    expected: [],
  },
  {
    name: 'undocumented method: server error',
    input: () => checkInput(502, {}, { testCase: METHOD('GET') }),
    expected: ['method_not_allowed:error', 'no_server_error:error'],
  },
  {
    name: 'undocumented method: another status',
    input: () => checkInput(400, err('invalid_request', 'bad_request'), { testCase: METHOD('GET') }),
    expected: ['method_not_allowed:warning'],
  },
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

test('every finding of the rows above has a severity its check declares (the declaration docs/checks.md shows)', () => {
  const declared = new Map(allChecks.map((c) => [c.id, c.severity.split(/, | or /)]));
  for (const [check, severity] of CASES.flatMap((c) => c.expected.map((e) => e.split(':') as [string, string]))) {
    expect(declared.get(check), `${check} (${severity})`).toContain(severity);
  }
});

test('verify is pure: judging an exchange changes no history (observe does, after every check has judged)', () => {
  const snapshot = (h: ReturnType<typeof newRunHistory>) => JSON.stringify([h.maxAcceptedIdentifiers, h.minRejectedIdentifiers, [...h.createdUserIds]]);
  for (const row of CASES) {
    const input = row.input();
    const before = snapshot(input.history);
    for (const check of allChecks.filter((c) => c.appliesTo(input))) check.verify(input);
    expect(snapshot(input.history), row.name).toBe(before);
  }
});

test('too_many_user_identifiers must be monotonic in the identifier count', () => {
  const history = newRunHistory();
  const withCount = (n: number) => ({
    ...VALID_CASE,
    body: { identifiers: Array.from({ length: n }, (_, i) => ({ type: 'email_address', value: `u${i}@example.com` })) },
  });
  const tooMany = { code: 'too_many_user_identifiers', status: 'bad_request', message: 'm' };
  expect(runChecks(checkInput(400, tooMany, { testCase: withCount(4), history })).findings).toEqual([]);
  expect(runChecks(checkInput(400, tooMany, { testCase: withCount(6), history })).findings).toEqual([]);
  const created5 = runChecks(checkInput(201, CREATED, { testCase: withCount(5), history })).findings;
  expect(created5.map((f) => f.check)).toEqual(['positive_acceptance']);
  expect(created5[0]!.message).toContain('not monotonic');
});

test('conflict: two creates answered with the same user id', () => {
  const history = newRunHistory();
  expect(runChecks(checkInput(201, CREATED, { history })).findings).toEqual([]);
  const again = runChecks(checkInput(201, CREATED, { history })).findings;
  expect(again.map((f) => `${f.check}:${f.severity}`)).toEqual(['conflict:error']);
  expect(again[0]!.message).toContain('already returned by an earlier create');
});
