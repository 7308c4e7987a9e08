import { expect, test } from '@playwright/test';
import { parseSuiteConfig } from '../../config/suiteConfig.ts';
import { EMULATOR_DEFAULTS } from '../../emulator/emulatorDefaults.ts';
import { preflight } from '../../runner/preflight.ts';
import { startFaultyServer } from '../_support/faultyServer.ts';
import { targetEnv } from '../_support/runConformance.ts';
import { specOperation } from '../_support/specFixture.ts';
import { startEmulator } from '../_support/startEmulator.ts';

const SECOND_ENABLED_APP = 'second-enabled-app';

test('the disabled app must answer 403 session_disabled: a typo is a configuration error naming PRELUDE_DISABLED_APP_ID', async () => {
  const emulator = await startEmulator();
  try {
    const typo = parseSuiteConfig({ ...targetEnv(emulator.url), PRELUDE_DISABLED_APP_ID: 'fvua38h' });
    await expect(preflight(typo, specOperation())).rejects.toThrow(
      'preflight: PRELUDE_DISABLED_APP_ID=fvua38h does not exist on the target (404 app_not_found); it must name an app with session management disabled.',
    );
    await expect(preflight(parseSuiteConfig(targetEnv(emulator.url)), specOperation())).resolves.toBeUndefined();
    expect(emulator.store.userCount).toBe(0);
  } finally {
    await emulator.close();
  }
});

test('a target that validates the body before the app: a real disabled app passes, an enabled one is named', async () => {
  // The latitude lets a target answer an invalid request to a disabled app with its 400.
  const bodyFirst = await startFaultyServer(
    async (request, correct) =>
      request.json?.identifiers === undefined
        ? { status: 400, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: 'invalid_request', status: 400 }) }
        : correct(),
    {
      emulator: {
        apps: [
          { id: EMULATOR_DEFAULTS.enabledAppId, sessionEnabled: true },
          { id: EMULATOR_DEFAULTS.disabledAppId, sessionEnabled: false },
          { id: SECOND_ENABLED_APP, sessionEnabled: true },
        ],
      },
    },
  );
  try {
    await expect(preflight(parseSuiteConfig(targetEnv(bodyFirst.url)), specOperation())).resolves.toBeUndefined();
    const enabled = parseSuiteConfig({ ...targetEnv(bodyFirst.url), PRELUDE_DISABLED_APP_ID: SECOND_ENABLED_APP });
    await expect(preflight(enabled, specOperation())).rejects.toThrow(
      `preflight: PRELUDE_DISABLED_APP_ID=${SECOND_ENABLED_APP} has session management enabled on the target (a create answered 201); it must name an app with session management disabled.`,
    );
  } finally {
    await bodyFirst.close();
  }
});

test('the reference of a differential run is held to the same rule, under its own variable', async () => {
  const emulator = await startEmulator();
  try {
    const config = parseSuiteConfig({ ...targetEnv(emulator.url), PRELUDE_REFERENCE_URL: emulator.url, PRELUDE_REFERENCE_DISABLED_APP_ID: 'nope' });
    await expect(preflight(config, specOperation())).rejects.toThrow('preflight: PRELUDE_REFERENCE_DISABLED_APP_ID=nope does not exist on the reference');
  } finally {
    await emulator.close();
  }
});
