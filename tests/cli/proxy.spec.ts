import { expect, test } from '@playwright/test';
import { startForwardProxy } from '../_support/forwardProxy.ts';
import { runConformance, targetEnv } from '../_support/runConformance.ts';
import { startEmulator } from '../_support/startEmulator.ts';

// Which variables choose the proxy (NO_PROXY among them) is judged in process: tests/integration/transport.proxy.spec.ts.
test('HTTP_PROXY: every request of the run, preflight included, goes through the proxy', async () => {
  const emulator = await startEmulator();
  const proxy = await startForwardProxy();
  try {
    const run = await runConformance({ ...targetEnv(emulator.url), HTTP_PROXY: proxy.url }, ['-g', 'valid requests with fresh identities']);
    expect(run.exitCode, run.output).toBe(0);
    // Tunnels (or forwarded requests) to the target, and nothing anywhere else.
    const target = new URL(emulator.url).host;
    expect(proxy.forwarded.length).toBeGreaterThan(0);
    expect(proxy.forwarded.every((line) => line === `CONNECT ${target}` || line.includes(`${emulator.url}/v2/session/apps/`))).toBe(true);
  } finally {
    proxy.close();
    await emulator.close();
  }
});

test("CONFORMANCE_TRANSPORT=sdk: the SDK's own requests reach the target through HTTP_PROXY too", async () => {
  const emulator = await startEmulator();
  const proxy = await startForwardProxy();
  try {
    const run = await runConformance({ ...targetEnv(emulator.url), HTTP_PROXY: proxy.url, CONFORMANCE_TRANSPORT: 'sdk', CONFORMANCE_RUNS: '5' }, [
      '-g',
      'valid requests with fresh identities',
    ]);
    expect(run.exitCode, run.output).toBe(0);
    const target = new URL(emulator.url).host;
    expect(proxy.forwarded.every((line) => line === `CONNECT ${target}` || line.includes(`${emulator.url}/v2/session/apps/`))).toBe(true);
    // Creates sent by the SDK carry its own headers (X-Stainless-Lang), which the recording proxy passes on;
    // requests follow each other on a kept-alive tunnel, so a request line need not start a line.
    const sdkCreates = proxy.tunnelled().match(/POST \/v2\/session\/apps\/[^ ]+\/users HTTP\/1\.1\r\n(?:[^\r\n]+\r\n)*?x-stainless-lang: js\r\n/gi) ?? [];
    expect(sdkCreates.length).toBeGreaterThanOrEqual(5);
  } finally {
    proxy.close();
    await emulator.close();
  }
});
