import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withFaultyServer } from '../_support/faultyServer.ts';
import { startForwardProxy } from '../_support/forwardProxy.ts';
import { readRunReport } from '../_support/readRunReport.ts';
import { runConformance, targetEnv } from '../_support/runConformance.ts';
import { startEmulator } from '../_support/startEmulator.ts';
import { FAULT_CATALOGUE } from '../faults/faultCatalogue.ts';

const RUNS = { CONFORMANCE_RUNS: '20' };

// The emulator against itself, every property agreeing family by family, is judged in process
// (tests/integration/fidelity.properties.spec.ts); through the command, a passing differential run is
// tests/cli/clientCertificate.spec.ts's (each target behind its own mutual TLS).
test('a differential run of a faulty copy against the emulator reports each divergence by family, with both sides and the replay', async () => {
  const emulator = await startEmulator();
  try {
    await withFaultyServer(FAULT_CATALOGUE.wrongConflictCode.fault(), async (url) => {
      const run = await runConformance({ ...targetEnv(url), ...RUNS, PRELUDE_REFERENCE_URL: emulator.url }, [
        'tests/conformance/conflicts.spec.ts',
        'tests/conformance/validRequests.spec.ts',
      ]);
      expect(run.exitCode, run.output).toBe(1);
      const summary = readRunReport(run.reportDir);
      const diverging = summary.fidelity!.reference!.families.filter((f) => f.agreed < f.compared).map((f) => f.family);
      expect(diverging.sort()).toEqual(['conflict/email-case', 'conflict/identifier', 'conflict/several'].filter((f) => diverging.includes(f)));
      expect(diverging).toContain('conflict/identifier');
      expect(summary.fidelity!.reference!.families.find((f) => f.family === 'valid/realistic')?.rate).toBe(1);
      const findings = summary.findings.filter((f) => f.check === 'differential');
      expect(findings.map((f) => f.family).sort()).toEqual(diverging);
      for (const finding of findings) {
        expect(finding.message).toContain(
          'the target answered 409 external_id_already_in_use [ExternalIDAlreadyInUseError], the reference 409 already_in_use [AlreadyInUseError]',
        );
        expect(finding.reference?.counterexample?.response?.body).toContain('already_in_use');
        expect(finding.replay.command).toContain(`PRELUDE_REFERENCE_URL='${emulator.url}'`);
      }
      expect(run.output).toContain(`reference ${emulator.url} (X-Request-ID: `);
      const markdown = readFileSync(join(run.reportDir, 'conformance.md'), 'utf8');
      expect(markdown).toMatch(/\| conflict\/identifier \| \d+ \| 0 \| 0% \|/);
      expect(markdown).toContain('answered the same step:');
    });
  } finally {
    await emulator.close();
  }
});

test("an SDK run against the emulator, through HTTP_PROXY, passes; the only sdk_fidelity findings are the SDK re-sending 409 creates, with the request counts; the SDK's own requests went through the proxy", async () => {
  const emulator = await startEmulator();
  const proxy = await startForwardProxy();
  try {
    // Creates (201), reuses (409, which the SDK re-sends) and the credentials cases (which the SDK cannot express).
    const run = await runConformance({ ...targetEnv(emulator.url), ...RUNS, CONFORMANCE_TRANSPORT: 'sdk', HTTP_PROXY: proxy.url }, [
      '-g',
      'valid requests with fresh identities|reusing a created user|requests without valid credentials',
    ]);
    expect(run.exitCode, run.output).toBe(0);
    // Tunnels (or forwarded requests) to the target, and nothing anywhere else (which variables choose the proxy,
    // NO_PROXY among them, is judged in process: tests/integration/transport.proxy.spec.ts).
    const target = new URL(emulator.url).host;
    expect(proxy.forwarded.length).toBeGreaterThan(0);
    expect(proxy.forwarded.every((line) => line === `CONNECT ${target}` || line.includes(`${emulator.url}/v2/session/apps/`))).toBe(true);
    // Creates sent by the SDK carry its own headers (X-Stainless-Lang), which the recording proxy passes on;
    // requests follow each other on a kept-alive tunnel, so a request line need not start a line.
    const sdkCreates = proxy.tunnelled().match(/POST \/v2\/session\/apps\/[^ ]+\/users HTTP\/1\.1\r\n(?:[^\r\n]+\r\n)*?x-stainless-lang: js\r\n/gi) ?? [];
    expect(sdkCreates.length).toBeGreaterThanOrEqual(5);
    const summary = readRunReport(run.reportDir);
    const sdkFindings = summary.findings.filter((f) => f.check === 'sdk_fidelity');
    expect(sdkFindings.length).toBeGreaterThan(0);
    expect(sdkFindings.every((f) => f.severity === 'warning' && f.status === 409 && /^the SDK sent 3 HTTP requests/.test(f.message))).toBe(true);
    const rows = Object.fromEntries(summary.fidelity!.sdk!.requestsByFinalStatus.map((r) => [r.status, r]));
    expect(rows['201']!.requests).toBe(rows['201']!.calls);
    expect(rows['409']!.requests).toBe(3 * rows['409']!.calls);
    // Which kinds of case the SDK cannot express depends on what the run drew; the credentials cases are always there.
    expect(summary.fidelity!.sdk!.viaFetch.map((v) => v.reason)).toContain('its own headers (missing or bad credentials, another content type)');
    expect(readFileSync(join(run.reportDir, 'conformance.md'), 'utf8')).toMatch(/\| 409 \| \d+ \| \d+ \| 3 \|/);
  } finally {
    proxy.close();
    await emulator.close();
  }
});

// Each way the reference can be wrong is judged in process (tests/integration/runner.preflight.spec.ts); through the
// command, that a wrong reference stops the run before anything is sent, with one line and exit code 2.
test('the reference is probed like the target: an unreachable one is one clear line, exit code 2, nothing sent', async () => {
  const emulator = await startEmulator();
  try {
    const unreachable = await runConformance({ ...targetEnv(emulator.url), PRELUDE_REFERENCE_URL: 'http://127.0.0.1:9' });
    expect(unreachable.exitCode).toBe(2);
    expect(unreachable.output).toMatch(/target error: preflight: the reference http:\/\/127\.0\.0\.1:9 is unreachable/);
    expect(emulator.store.userCount).toBe(0);
  } finally {
    await emulator.close();
  }
});
