import { expect, test } from '@playwright/test';
import { runChecks } from '../../checks/runChecks.ts';
import { EMULATOR_DEFAULTS } from '../../emulator/emulatorDefaults.ts';
import type { CreateUserCase } from '../../vocabulary/CreateUserCase.ts';
import { DEFAULT_SERVER_CHOICES, type ServerChoices } from '../../spec/latitude.ts';
import { checkInput } from '../_support/fakeExchange.ts';
import { bodyOf, json, rewrite } from '../_support/faultAnswers.ts';
import { startFaultyServer } from '../_support/faultyServer.ts';
import { startEmulator } from '../_support/startEmulator.ts';
import { runSuiteAgainst, type SuiteVerdict } from '../faults/runSuiteAgainst.ts';

// Issue 14: conformant servers that choose differently where the spec is silent were failed.
// Each test pins a seed that drew the case that used to fail, and fails on the code before the fix.

const LENIENT: ServerChoices = { ...DEFAULT_SERVER_CHOICES, requestMediaType: 'lenient', requestEncoding: 'lenient' };
const errors = (verdict: SuiteVerdict) => verdict.findings.filter((f) => f.severity === 'error');

async function suiteAgainst(choices: ServerChoices, options: Parameters<typeof runSuiteAgainst>[1]): Promise<SuiteVerdict> {
  const emulator = await startEmulator({ choices });
  try {
    return await runSuiteAgainst(emulator.url, options);
  } finally {
    await emulator.close();
  }
}

test('1. lenient parsing (any Content-Type, invalid UTF-8 as U+FFFD) is a warning that names it, never an error', async () => {
  const verdict = await suiteAgainst(LENIENT, { seed: 3, runs: 20 });
  expect(errors(verdict)).toEqual([]);
  const warning = verdict.findings.find((f) => f.check === 'negative_rejection' && f.severity === 'warning');
  expect(warning?.example).toMatch(/^read a body (sent without Content-Type: application\/json|with invalid UTF-8)/);
});

test('1. ... and the profile switch strictRequestParsing makes it an error', async () => {
  const verdict = await suiteAgainst(LENIENT, { seed: 3, runs: 20, profile: { strictRequestParsing: true } });
  expect(errors(verdict).map((f) => f.check)).toEqual(['negative_rejection']);
});

test('3. a lenient server that reads a bad byte in `id` as U+FFFD and answers 400 invalid_id is judged by that reading', () => {
  const malformed: CreateUserCase = {
    family: 'negative/malformed',
    app: 'enabled',
    body: { id: '550e8400-e29b-41d4-a716-446655440000', identifiers: [] },
    malformed: { name: 'invalid-utf8', variant: 0 },
    expectation: {
      kind: 'rejected',
      status: 400,
      codes: ['invalid_request'],
      rule: '/paths/~1v2~1session~1apps~1{appID}~1users/post/requestBody/content/application~1json',
      mutation: 'malformed:invalid-utf8',
    },
    freshIdentities: true,
  };
  const input = checkInput(400, { code: 'invalid_id', status: 'bad_request', message: 'm' }, { testCase: malformed });
  const bytes = new TextEncoder().encode(JSON.stringify(malformed.body));
  const sent = {
    ...input.exchange.request,
    headers: { 'content-type': 'application/json' },
    body: Uint8Array.from([...bytes.subarray(0, 7), 0xff, ...bytes.subarray(7)]),
  };
  const { findings } = runChecks({ ...input, exchange: { ...input.exchange, request: sent } });
  expect(findings.map((f) => `${f.check}:${f.severity}`)).toEqual(['negative_rejection:warning']);
});

test('2. body validated before the app lookup, with an identifier limit of 2: a 3-identifier request to a bad app may get 400 too_many_user_identifiers', async () => {
  const bodyFirst: ServerChoices = { ...DEFAULT_SERVER_CHOICES, stageOrder: ['auth', 'body', 'limit', 'app', 'conflict'], identifierLimit: 2 };
  const verdict = await suiteAgainst(bodyFirst, { seed: 12, runs: 40 });
  expect(errors(verdict)).toEqual([]);
});

test('3. a differential run of two identical lenient servers agrees on every compared exchange, boundary examples included', async () => {
  const [target, reference] = [await startEmulator({ choices: LENIENT }), await startEmulator({ choices: LENIENT })];
  try {
    const verdict = await runSuiteAgainst(target.url, {
      seed: 5,
      runs: 20,
      env: {
        PRELUDE_REFERENCE_URL: reference.url,
        PRELUDE_REFERENCE_API_TOKEN: EMULATOR_DEFAULTS.token,
        PRELUDE_REFERENCE_APP_ID: EMULATOR_DEFAULTS.enabledAppId,
        PRELUDE_REFERENCE_DISABLED_APP_ID: EMULATOR_DEFAULTS.disabledAppId,
      },
    });
    expect(errors(verdict)).toEqual([]);
    const boundary = verdict.reports.find((r) => r.property === 'boundary')?.fidelity?.families ?? {};
    expect(Object.keys(boundary).length).toBeGreaterThan(0);
    for (const [family, tally] of Object.entries(boundary)) expect(tally.agreed, family).toBe(tally.compared);
  } finally {
    await target.close();
    await reference.close();
  }
});

test('4. a conformant 404 with a 5 MiB extra property is named as too large to read (warning), never "not JSON"', async () => {
  const huge = 'x'.repeat(5 * 1024 * 1024);
  const server = await startFaultyServer(
    rewrite((a) => {
      if (a.status !== 404) return a;
      const answer = json(404, { ...bodyOf(a), detail: huge });
      return { ...answer, headers: { ...answer.headers, 'content-length': String(Buffer.byteLength(answer.body)) } };
    }),
  );
  try {
    const verdict = await runSuiteAgainst(server.url, { seed: 1, runs: 5 });
    expect(errors(verdict)).toEqual([]);
    const size = verdict.findings.find((f) => f.check === 'response_size');
    expect(size?.severity).toBe('warning');
    expect(size?.example).toMatch(/^the 404 body is 5\.0 MiB, more than the 1\.0 MiB the suite reads: only its status was judged\.$/);
  } finally {
    await server.close();
  }
});
