import { expect, test } from '@playwright/test';
import { parseSuiteConfig } from '../../config/suiteConfig.ts';
import { EMULATOR_DEFAULTS } from '../../emulator/emulatorDefaults.ts';
import { preflight } from '../../runner/preflight.ts';
import { certificateRefusal } from '../../runner/_internals/certificateRefusal.ts';
import { targetEnv } from '../_support/runConformance.ts';
import { specOperation } from '../_support/specFixture.ts';

// The half that needs no server; the preflight's requests to a target are in tests/integration/runner.preflight.spec.ts.
test('the disabled app must differ from the enabled one (no request needed, the embedded emulator included)', async () => {
  const same = parseSuiteConfig({ PRELUDE_DISABLED_APP_ID: EMULATOR_DEFAULTS.enabledAppId });
  await expect(preflight(same, specOperation())).rejects.toThrow(
    `preflight: PRELUDE_DISABLED_APP_ID=${EMULATOR_DEFAULTS.enabledAppId} is the same app as PRELUDE_APP_ID; it must name an app with session management disabled.`,
  );
});

test('a handshake that proves the client certificate was the problem says which setting to fix, for each target', () => {
  const target = parseSuiteConfig({ ...targetEnv('https://gateway.example'), API_TOKEN: 't' }).target;
  const reference = parseSuiteConfig({ PRELUDE_REFERENCE_URL: 'https://reference.example' }).reference!;
  expect(certificateRefusal({ kind: 'alert', alert: 'certificate_required' }, target, 'the target')).toBe(
    'the target https://gateway.example requires a client certificate (TLS alert certificate_required) and none was presented: set CONFORMANCE_CLIENT_CERT and CONFORMANCE_CLIENT_KEY (--client-cert, --client-key) to a certificate it accepts and its key.',
  );
  expect(certificateRefusal({ kind: 'alert', alert: 'handshake_failure' }, reference, 'the reference')).toContain(
    'set PRELUDE_REFERENCE_CLIENT_CERT and PRELUDE_REFERENCE_CLIENT_KEY (--reference-client-cert, --reference-client-key)',
  );
  expect(certificateRefusal({ kind: 'refusal page', page: 'No required SSL certificate was sent' }, target, 'the target')).toBe(
    'the target https://gateway.example answered 400 "No required SSL certificate was sent": it is behind mutual TLS and no client certificate was presented: set CONFORMANCE_CLIENT_CERT and CONFORMANCE_CLIENT_KEY (--client-cert, --client-key) to a certificate it accepts and its key.',
  );
  // What proves nothing about a certificate is left to the other diagnoses.
  for (const outcome of [
    { kind: 'closed' },
    { kind: 'answered' },
    { kind: 'failed', reason: 'ECONNREFUSED' },
    { kind: 'alert', alert: 'unknown_ca' },
  ] as const) {
    expect(certificateRefusal(outcome, target, 'the target')).toBeUndefined();
  }
});
