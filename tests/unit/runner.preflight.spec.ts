import { expect, test } from '@playwright/test';
import { parseSuiteConfig } from '../../config/suiteConfig.ts';
import { EMULATOR_DEFAULTS } from '../../emulator/emulatorDefaults.ts';
import { preflight } from '../../runner/preflight.ts';
import { specOperation } from '../_support/specFixture.ts';

// The half that needs no server; the preflight's requests to a target are in tests/integration/runner.preflight.spec.ts.
test('the disabled app must differ from the enabled one (no request needed, the embedded emulator included)', async () => {
  const same = parseSuiteConfig({ PRELUDE_DISABLED_APP_ID: EMULATOR_DEFAULTS.enabledAppId });
  await expect(preflight(same, specOperation())).rejects.toThrow(
    `preflight: PRELUDE_DISABLED_APP_ID=${EMULATOR_DEFAULTS.enabledAppId} is the same app as PRELUDE_APP_ID; it must name an app with session management disabled.`,
  );
});
