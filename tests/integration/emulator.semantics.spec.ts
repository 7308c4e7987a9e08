import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { EMULATOR_DEFAULTS } from '../../emulator/emulatorDefaults.ts';
import { DEFAULT_SERVER_CHOICES } from '../../spec/latitude.ts';
import { uuidFromTypeIdSuffix } from '../../emulator/typeId.ts';
import { specOperation } from '../_support/specFixture.ts';
import { startEmulator, type RunningEmulator } from '../_support/startEmulator.ts';

const APP = EMULATOR_DEFAULTS.enabledAppId;
const email = (local: string) => ({ type: 'email_address', value: `${local}@example.com` });
let emulator: RunningEmulator;

test.beforeEach(async () => {
  emulator = await startEmulator();
});
test.afterEach(async () => {
  await emulator.close();
});

/** Every answer of the emulator must validate against the spec for its status. */
function expectDocumented(status: number, json: unknown): void {
  const validate = specOperation().responseFor(status)?.validate;
  expect(validate, `status ${status} is documented`).toBeDefined();
  expect(validate!(json), JSON.stringify(validate!.errors)).toBe(true);
}

test('creates a user: 201, usr_ + TypeID of a UUIDv7, charset JSON', async () => {
  const { status, json, headers } = await emulator.post(APP, { identifiers: [email('ann')] });
  expect(status).toBe(201);
  expect(headers.get('content-type')).toBe('application/json; charset=utf-8');
  expectDocumented(201, json);
  expect(json?.id).toMatch(/^usr_[0-7][0-9a-hjkmnp-tv-z]{25}$/);
  expect(uuidFromTypeIdSuffix(String(json?.id).slice(4))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab]/);
});

test('a client-supplied id becomes the user id; reusing it is 409 conflict', async () => {
  const id = '550e8400-e29b-41d4-a716-446655440000';
  const first = await emulator.post(APP, { identifiers: [], id });
  expect(uuidFromTypeIdSuffix(String(first.json?.id).slice(4))).toBe(id);
  const again = await emulator.post(APP, { identifiers: [], id: id.toUpperCase() });
  expect([again.status, again.json?.code]).toEqual([409, 'conflict']);
  expectDocumented(409, again.json);
});

test('conflicts: identifiers (emails case-insensitively) and external_id', async () => {
  expect((await emulator.post(APP, { identifiers: [email('Bob')], external_id: 'ext-1' })).status).toBe(201);
  const sameEmail = await emulator.post(APP, { identifiers: [email('bOB')] });
  expect([sameEmail.status, sameEmail.json?.code]).toEqual([409, 'already_in_use']);
  const sameExternal = await emulator.post(APP, { identifiers: [], external_id: 'ext-1' });
  expect([sameExternal.status, sameExternal.json?.code]).toEqual([409, 'external_id_already_in_use']);
});

test('app states: unknown app 404 app_not_found, disabled app 403 session_disabled', async () => {
  const unknown = await emulator.post('no-such-app', { identifiers: [] });
  expect([unknown.status, unknown.json?.code]).toEqual([404, 'app_not_found']);
  expectDocumented(404, unknown.json);
  const disabled = await emulator.post(EMULATOR_DEFAULTS.disabledAppId, { identifiers: [] });
  expect([disabled.status, disabled.json?.code]).toEqual([403, 'session_disabled']);
  expectDocumented(403, disabled.json);
});

test('400 codes: invalid_request, invalid_id, too_many_user_identifiers', async () => {
  const cases: Array<[unknown, string]> = [
    [{}, 'invalid_request'],
    [{ identifiers: 'x' }, 'invalid_request'],
    [{ identifiers: [{ type: 'fax', value: '1' }] }, 'invalid_request'],
    [{ identifiers: [{ type: 'phone_number', value: 'not a phone' }] }, 'invalid_request'],
    [{ identifiers: [], external_id: 'x'.repeat(129) }, 'invalid_request'],
    [{ identifiers: [], id: 'not-a-uuid' }, 'invalid_id'],
    [{ identifiers: Array.from({ length: DEFAULT_SERVER_CHOICES.identifierLimit + 1 }, (_, i) => email(`m${i}`)) }, 'too_many_user_identifiers'],
    ['{"identifiers": [', 'invalid_request'],
  ];
  for (const [body, code] of cases) {
    const { status, json } = await emulator.post(APP, body);
    expect([status, json?.code], JSON.stringify(body)).toEqual([400, code]);
    expectDocumented(400, json);
  }
});

test('auth: a missing, empty, wrong or non-bearer token is 401 and creates nothing', async () => {
  for (const authorization of ['', 'Bearer ', 'Bearer wrong', `Basic ${EMULATOR_DEFAULTS.token}`]) {
    const { status } = await emulator.post(APP, { identifiers: [email('carl')] }, { authorization });
    expect(status, authorization).toBe(401);
  }
  expect((await emulator.post(APP, { identifiers: [email('carl')] })).status).toBe(201);
});

test('other methods: 405 with Allow: POST; other paths: 404', async () => {
  const res = await fetch(`${emulator.url}/v2/session/apps/${APP}/users`, { method: 'DELETE' });
  expect(res.status).toBe(405);
  expect(res.headers.get('allow')).toBe('POST');
  expect((await fetch(`${emulator.url}/v2/session/apps/${APP}/users/x`)).status).toBe(404);
});

test('a body over the limit is refused with 400, not a crash', async () => {
  const small = await startEmulator({ bodyLimitBytes: 1_000 });
  try {
    const { status, json } = await small.post(APP, { identifiers: [], external_id: 'x'.repeat(100), profile: { a: 'y'.repeat(5_000) } });
    expect([status, json?.code]).toEqual([400, 'invalid_request']);
    const huge = await fetch(`${small.url}/v2/session/apps/${APP}/users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${EMULATOR_DEFAULTS.token}`, 'content-type': 'application/json' },
      body: 'z'.repeat(1_000_000),
    })
      .then((r) => r.status)
      .catch(() => 'connection closed');
    expect([400, 'connection closed']).toContain(huge);
    expect((await small.post(APP, { identifiers: [] })).status).toBe(201);
  } finally {
    await small.close();
  }
});

test('N concurrent creates of one identity: exactly one 201, the rest 409 already_in_use', async () => {
  const body = { identifiers: [email('race')], external_id: 'race-1' };
  const results = await Promise.all(Array.from({ length: 16 }, () => emulator.post(APP, body)));
  expect(results.filter((r) => r.status === 201)).toHaveLength(1);
  expect(results.filter((r) => r.status === 409 && r.json?.code === 'already_in_use')).toHaveLength(15);
});

test('never a 5xx, whatever the bytes, headers or JSON', async () => {
  const jsonish = fc.oneof(
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.string({ unit: 'binary' }),
    fc.constant(''),
  );
  await fc.assert(
    fc.asyncProperty(jsonish, fc.constantFrom('application/json', 'text/plain', 'application/json; charset=latin1', ''), async (body, contentType) => {
      const res = await fetch(`${emulator.url}/v2/session/apps/${APP}/users`, {
        method: 'POST',
        headers: { authorization: `Bearer ${EMULATOR_DEFAULTS.token}`, ...(contentType ? { 'content-type': contentType } : {}) },
        body,
      });
      expect(res.status).toBeLessThan(500);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      JSON.parse(await res.text());
    }),
    { numRuns: 300, seed: 2026 },
  );
});

test('regression: a body with a byte that is not UTF-8 is 400, not decoded leniently as U+FFFD and accepted', async () => {
  const body = Buffer.concat([Buffer.from('{"identifiers":[],"external_id":"'), Buffer.from([0xff]), Buffer.from('"}')]);
  const res = await fetch(`${emulator.url}/v2/session/apps/${APP}/users`, {
    method: 'POST',
    headers: { authorization: `Bearer ${EMULATOR_DEFAULTS.token}`, 'content-type': 'application/json' },
    body,
  });
  expect([res.status, ((await res.json()) as { code: string }).code]).toEqual([400, 'invalid_request']);
});
