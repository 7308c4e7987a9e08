import { expect, test } from '@playwright/test';
import { plainServer } from '../_support/plainServer.ts';
import { runConformance, targetEnv } from '../_support/runConformance.ts';
import { startEmulator } from '../_support/startEmulator.ts';

// A misconfiguration ends the run before any test, with exit code 2 and one line that says what to fix.
// Through the real command: an unreachable target and a refused token; every other preflight rule is
// judged in process (tests/integration/runner.preflight.spec.ts, tests/unit/runner.preflight.spec.ts).
test('unreachable target', async () => {
  const closed = await plainServer(200, {}, '');
  closed.close();
  const run = await runConformance(targetEnv(closed.url));
  expect(run.exitCode).toBe(2);
  expect(run.output).toMatch(/conformance: target error: preflight: the target http:\/\/127\.0\.0\.1:\d+ is unreachable: ECONNREFUSED/);
  expect(run.output).not.toContain('Running');
});

test('a refused token: exit 2, one line, the token never printed', async () => {
  const emulator = await startEmulator();
  try {
    const badToken = await runConformance(targetEnv(emulator.url, 'not-the-token'));
    expect(badToken.exitCode).toBe(2);
    expect(badToken.output).toContain('the target refused API_TOKEN (HTTP 401)');
    expect(badToken.output).not.toContain('not-the-token');
    expect(emulator.store.userCount).toBe(0);
  } finally {
    await emulator.close();
  }
});
