import { expect, test } from '@playwright/test';
import { parseSuiteConfig } from '../../config/suiteConfig.ts';
import { EMULATOR_DEFAULTS } from '../../emulator/emulatorDefaults.ts';
import { sendRequest } from '../../transport/sendRequest.ts';
import { startForwardProxy } from '../_support/forwardProxy.ts';
import { targetEnv } from '../_support/runConformance.ts';
import { startEmulator } from '../_support/startEmulator.ts';

// Through the command, every request of a run reaching the proxy is tests/cli/packedPackage.spec.ts (the fetch transport,
// from the installed package) and tests/cli/fidelity.spec.ts (the SDK transport); here, which variables choose it.
test('HTTP_PROXY carries requests to an external target; NO_PROXY naming the target exempts it', async () => {
  const emulator = await startEmulator();
  const proxy = await startForwardProxy();
  try {
    const create = (env: Record<string, string>) => {
      const config = parseSuiteConfig({ ...targetEnv(emulator.url), ...env });
      return sendRequest(
        {
          method: 'POST',
          url: `${emulator.url}/v2/session/apps/${EMULATOR_DEFAULTS.enabledAppId}/users`,
          headers: { authorization: `Bearer ${EMULATOR_DEFAULTS.token}`, 'content-type': 'application/json' },
          body: '{"identifiers":[]}',
        },
        { timeoutMs: 5_000, maxBodyBytes: 10_000, proxy: config.proxy },
      );
    };
    expect((await create({ HTTP_PROXY: proxy.url })).response?.status).toBe(201);
    const proxied = proxy.forwarded.length;
    expect(proxied).toBeGreaterThan(0);
    expect((await create({ HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' })).response?.status).toBe(201);
    expect((await create({ http_proxy: proxy.url, no_proxy: '127.0.0.1' })).response?.status).toBe(201);
    expect(proxy.forwarded.length).toBe(proxied);
  } finally {
    proxy.close();
    await emulator.close();
  }
});
