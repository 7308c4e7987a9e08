import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../../config/packageRoot.ts';
import { runConformance, targetEnv } from '../_support/runConformance.ts';

// Against the embedded emulator, exit 0, Playwright's HTML report and the suite's JUnit: conformanceUnderAnotherSpec.spec.ts.
test('against an emulator served by `npm run emulator` on another port, via the variables; a second run of the whole suite against it collides with nothing, and without PRELUDE_DISABLED_APP_ID skips the 403 property, saying why', async () => {
  // Port 0: the emulator picks a free port and prints its URL, which the run is then pointed at.
  const emulator = spawn(process.execPath, ['--import', 'tsx', 'emulator/main.ts', '--port', '0'], { cwd: PACKAGE_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const url = await new Promise<string>((ready) =>
      emulator.stdout.on('data', (d) => {
        const printed = /listening on (http:\/\/\S+)/.exec(String(d));
        if (printed) ready(printed[1]!);
      }),
    );
    // Both runs draw the same cases (seed 1) against the users the first one left: any identity the run
    // nonce failed to freshen collides at the first case, so a small budget shows it as well as a large one.
    const first = await runConformance({ ...targetEnv(url), CONFORMANCE_RUNS: '5' });
    expect(first.exitCode, first.output).toBe(0);
    expect(first.output).toContain(`target: ${url}`);
    expect(first.output).toMatch(/\d+ passed/);
    expect(first.output).not.toMatch(/\d+ (failed|skipped|flaky)/);
    // An external target without a disabled app: the 403 property is skipped, which is not a failure.
    const { PRELUDE_DISABLED_APP_ID: _unset, ...withoutDisabledApp } = targetEnv(url);
    const second = await runConformance({ ...withoutDisabledApp, CONFORMANCE_RUNS: '5' });
    expect(second.exitCode, second.output).toBe(0);
    expect(second.output).toMatch(/\d+ passed/);
    expect(second.output).not.toMatch(/\d+ (failed|flaky)/);
    expect(second.output).toMatch(/\b1 skipped/);
    expect(second.output).toContain('PRELUDE_DISABLED_APP_ID is not set');
    expect(readFileSync(join(second.reportDir, 'junit.xml'), 'utf8')).toContain(
      'PRELUDE_DISABLED_APP_ID is not set for this target, so 403 session_disabled was not checked.',
    );
  } finally {
    emulator.kill('SIGTERM');
  }
});

// Against a server with a wrong body (the check, the counterexample, the replay, --header, redaction): reports.redaction.spec.ts.

// Each kind of start-up error through the command: a broken spec here, a misspelled variable in
// configurationErrors.spec.ts, an unreachable or refusing target in preflight.spec.ts. Each message is
// judged in process (tests/unit/config.variables.spec.ts, tests/unit/runner.selection.spec.ts).
test('a broken spec stops the run at start-up with exit code 2 and one clear line', async () => {
  const brokenSpec = await runConformance({ CONFORMANCE_SPEC: resolve(PACKAGE_ROOT, 'package.json') });
  expect(brokenSpec.exitCode).toBe(2);
  expect(brokenSpec.output).toMatch(/conformance: spec error: Spec .*package\.json.*expected an OpenAPI 3\.1 document/);
  expect(brokenSpec.output).not.toContain('Running');
});
