import { expect, test } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EMULATOR_DEFAULTS } from '../../emulator/emulatorDefaults.ts';
import { runConformance, targetEnv } from '../_support/runConformance.ts';
import { startEmulator } from '../_support/startEmulator.ts';

async function plainServer(status: number, headers: Record<string, string>, body: string): Promise<{ url: string; close: () => void }> {
  const server = createServer((_req, res) => {
    res.writeHead(status, headers);
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

// Each misconfiguration must end the run before any test, with exit code 2 and one line that says what to fix.
test('unreachable target', async () => {
  const closed = await plainServer(200, {}, '');
  closed.close();
  const run = await runConformance(targetEnv(closed.url));
  expect(run.exitCode).toBe(2);
  expect(run.output).toMatch(/conformance: target error: preflight: the target http:\/\/127\.0\.0\.1:\d+ is unreachable: ECONNREFUSED/);
  expect(run.output).not.toContain('Running');
});

test('TLS error (https spoken to a plain-HTTP server)', async () => {
  const server = await plainServer(200, {}, '');
  try {
    const run = await runConformance(targetEnv(server.url.replace('http:', 'https:')));
    expect(run.exitCode).toBe(2);
    expect(run.output).toMatch(/target error: preflight: TLS error talking to https:/);
  } finally {
    server.close();
  }
});

test('wrong base path (an HTML 404)', async () => {
  const server = await plainServer(404, { 'content-type': 'text/html' }, '<h1>Not Found</h1>');
  try {
    const run = await runConformance(targetEnv(`${server.url}/api`));
    expect(run.exitCode).toBe(2);
    expect(run.output).toMatch(/answered 404 .*is PRELUDE_BASE_URL .* the API root, without a path\?/);
  } finally {
    server.close();
  }
});

test('redirecting target', async () => {
  const server = await plainServer(301, { location: 'https://elsewhere.example/' }, '');
  try {
    const run = await runConformance(targetEnv(server.url));
    expect(run.exitCode).toBe(2);
    expect(run.output).toContain('the target redirects (HTTP 301 to https://elsewhere.example/)');
  } finally {
    server.close();
  }
});

test('refused token, unknown app, disabled app given as the enabled one', async () => {
  const emulator = await startEmulator();
  try {
    const badToken = await runConformance(targetEnv(emulator.url, 'not-the-token'));
    expect(badToken.exitCode).toBe(2);
    expect(badToken.output).toContain('the target refused API_TOKEN (HTTP 401)');
    expect(badToken.output).not.toContain('not-the-token');
    const unknownApp = await runConformance({ ...targetEnv(emulator.url), PRELUDE_APP_ID: 'nope' });
    expect(unknownApp.exitCode).toBe(2);
    expect(unknownApp.output).toContain('PRELUDE_APP_ID=nope does not exist on the target');
    const disabledApp = await runConformance({ ...targetEnv(emulator.url), PRELUDE_APP_ID: EMULATOR_DEFAULTS.disabledAppId });
    expect(disabledApp.exitCode).toBe(2);
    expect(disabledApp.output).toContain('has session management disabled');
    expect(emulator.store.userCount).toBe(0);
  } finally {
    await emulator.close();
  }
});

test('a disabled app that is not one: a typo, or the enabled app again, is exit 2 naming PRELUDE_DISABLED_APP_ID', async () => {
  const emulator = await startEmulator();
  try {
    const typo = await runConformance({ ...targetEnv(emulator.url), PRELUDE_DISABLED_APP_ID: 'fvua38h' });
    expect(typo.exitCode, typo.output).toBe(2);
    expect(typo.output).toContain('preflight: PRELUDE_DISABLED_APP_ID=fvua38h does not exist on the target (404 app_not_found)');
    expect(typo.output).not.toContain('app_state');
    const same = await runConformance({ ...targetEnv(emulator.url), PRELUDE_DISABLED_APP_ID: EMULATOR_DEFAULTS.enabledAppId });
    expect(same.exitCode, same.output).toBe(2);
    expect(same.output).toContain(`PRELUDE_DISABLED_APP_ID=${EMULATOR_DEFAULTS.enabledAppId} is the same app as PRELUDE_APP_ID`);
    expect(emulator.store.userCount).toBe(0);
  } finally {
    await emulator.close();
  }
});
