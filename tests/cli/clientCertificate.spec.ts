import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMULATOR_DEFAULTS } from '../../emulator/emulatorDefaults.ts';
import { findSecretLeaks } from '../_support/findSecretLeaks.ts';
import { startForwardProxy } from '../_support/forwardProxy.ts';
import { startMutualTlsFront, type MutualTlsFront } from '../_support/mutualTlsFront.ts';
import { readRunReport } from '../_support/readRunReport.ts';
import { runConformance, runProcess, targetEnv } from '../_support/runConformance.ts';
import { scratchDir } from '../_support/scratchDir.ts';
import { startEmulator, type RunningEmulator } from '../_support/startEmulator.ts';
import { testCertificates, type TestCertificates } from '../_support/testCertificates.ts';

// A target behind mutual TLS: the embedded emulator behind a TLS terminator that requires a client
// certificate its CA issued. The CA is made by openssl at run time and trusted through
// NODE_EXTRA_CA_CERTS, which Node reads at start-up: only a child process can be given it.
// Small runs (5 cases, few phases): what is proven is that every request reaches the target.
const SMALL = { CONFORMANCE_RUNS: '5', CONFORMANCE_PHASES: 'valid,negative' };

let pki: TestCertificates;
test.beforeAll(() => {
  pki = testCertificates(scratchDir('pki'));
});

async function behindMutualTls(use: (front: MutualTlsFront, emulator: RunningEmulator) => Promise<void>): Promise<void> {
  const emulator = await startEmulator();
  const front = await startMutualTlsFront(emulator.url, pki);
  try {
    await use(front, emulator);
  } finally {
    await front.close();
    await emulator.close();
  }
}

test('the preflight says what to fix: no certificate, one the target refuses, a wrong passphrase (exit 2 each, nothing created)', async () => {
  await behindMutualTls(async (front, emulator) => {
    const trust = { NODE_EXTRA_CA_CERTS: pki.caPath };
    const [none, stranger, wrongPassphrase] = await Promise.all([
      runConformance({ ...targetEnv(front.url), ...trust }),
      runConformance({ ...targetEnv(front.url), ...trust, CONFORMANCE_CLIENT_CERT: pki.stranger.certPath, CONFORMANCE_CLIENT_KEY: pki.stranger.keyPath }),
      // Through the command's flags: the passphrase is named by variable, never given as a value.
      runProcess(
        process.execPath,
        [
          '--import',
          'tsx',
          'cli/main.ts',
          'run',
          '--client-cert',
          pki.client.certPath,
          '--client-key',
          pki.client.keyPath,
          '--client-key-passphrase-env',
          'STAGING_KEY_PASS',
        ],
        { ...targetEnv(front.url), ...trust, STAGING_KEY_PASS: 'not the passphrase' },
      ),
    ]);
    expect(none.exitCode, none.output).toBe(2);
    expect(none.output).toContain(
      `conformance: target error: preflight: the target ${front.url} requires a client certificate (TLS alert certificate_required) and none was presented: set CONFORMANCE_CLIENT_CERT and CONFORMANCE_CLIENT_KEY (--client-cert, --client-key) to a certificate it accepts and its key.`,
    );
    expect(stranger.exitCode, stranger.output).toBe(2);
    expect(stranger.output).toContain(
      `conformance: target error: preflight: the target ${front.url} closed the connection, without an answer, right after a TLS handshake in which the client certificate CONFORMANCE_CLIENT_CERT=${pki.stranger.certPath} (CN=stranger) was presented: it most likely refused it`,
    );
    expect(wrongPassphrase.exitCode, wrongPassphrase.output).toBe(2);
    expect(wrongPassphrase.output).toContain(
      `conformance: configuration error: STAGING_KEY_PASS does not decrypt CONFORMANCE_CLIENT_KEY (--client-key) (${pki.client.keyPath}): wrong passphrase.`,
    );
    for (const run of [none, stranger, wrongPassphrase]) expect(run.output).not.toContain('Running');
    expect(front.clients).toEqual([]);
    expect(emulator.store.userCount).toBe(0);
  });
});

test('with its certificate, a differential run passes, preflight included; each target is shown its own certificate, the passphrase nowhere', async () => {
  await behindMutualTls((target) =>
    behindMutualTls(async (reference) => {
      const reportDir = scratchDir('reports');
      const run = await runProcess(
        process.execPath,
        [
          ...['--import', 'tsx', 'cli/main.ts', 'run', '--base-url', target.url, '--app-id', EMULATOR_DEFAULTS.enabledAppId],
          ...['--disabled-app-id', EMULATOR_DEFAULTS.disabledAppId, '--runs', '5', '--seed', '1', '--phases', 'valid,negative'],
          ...['--client-cert', pki.client.certPath, '--client-key', pki.client.keyPath, '--client-key-passphrase-env', 'STAGING_KEY_PASS'],
          ...['--reference-url', reference.url, '--reference-client-cert', pki.otherClient.certPath, '--reference-client-key', pki.otherClient.keyPath],
          ...['--report-dir', reportDir, '--', '--workers=1'],
        ],
        { API_TOKEN: EMULATOR_DEFAULTS.token, STAGING_KEY_PASS: pki.client.passphrase, NODE_EXTRA_CA_CERTS: pki.caPath },
      );
      expect(run.exitCode, run.output).toBe(0);
      expect(run.output).toContain(`differential: every case is also sent to the reference ${reference.url}`);
      const summary = readRunReport(reportDir);
      expect(summary.verdict).toBe('pass');
      expect(summary.totals.cases).toBeGreaterThan(10);
      expect(summary.fidelity?.reference?.total.rate).toBe(1);
      expect(readFileSync(join(reportDir, 'conformance.md'), 'utf8')).toMatch(/### Fidelity[\s\S]*agree \(100%\)/);
      expect(new Set(target.clients)).toEqual(new Set(['conformance-client']));
      expect(new Set(reference.clients)).toEqual(new Set(['conformance-reference-client']));
      // The paths are replayed; the passphrase is a secret of the run.
      expect(JSON.stringify(summary.run.metadata?.replayEnv)).toContain(pki.client.certPath);
      expect(findSecretLeaks(reportDir, pki.client.passphrase)).toEqual([]);
      expect(run.output).not.toContain(pki.client.passphrase);
    }),
  );
});

test('the SDK transport presents the certificate on its forwarding leg, through an HTTPS proxy', async () => {
  await behindMutualTls(async (front) => {
    const proxy = await startForwardProxy();
    try {
      const run = await runConformance({
        ...targetEnv(front.url),
        ...SMALL,
        CONFORMANCE_TRANSPORT: 'sdk',
        CONFORMANCE_CLIENT_CERT: pki.client.certPath,
        CONFORMANCE_CLIENT_KEY: pki.client.keyPath,
        CONFORMANCE_CLIENT_KEY_PASSPHRASE: pki.client.passphrase,
        HTTPS_PROXY: proxy.url,
        NODE_EXTRA_CA_CERTS: pki.caPath,
      });
      expect(run.exitCode, run.output).toBe(0);
      const summary = readRunReport(run.reportDir);
      expect(summary.verdict).toBe('pass');
      // Through the SDK, and through fetch for what the SDK cannot send (malformed bodies): both legs went through the proxy to the target.
      expect(summary.fidelity?.sdk?.calls).toBeGreaterThan(0);
      expect(summary.fidelity?.sdk?.viaFetch.length).toBeGreaterThan(0);
      expect(proxy.forwarded.length).toBeGreaterThan(0);
      expect(proxy.forwarded.every((line) => line === `CONNECT ${new URL(front.url).host}`)).toBe(true);
      expect(new Set(front.clients)).toEqual(new Set(['conformance-client']));
      // Inside the tunnel: the proxy saw TLS records only, never a request line.
      expect(proxy.tunnelled()).not.toContain('POST /v2');
    } finally {
      proxy.close();
    }
  });
});
