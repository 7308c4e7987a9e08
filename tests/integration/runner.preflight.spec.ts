import { expect, test } from '@playwright/test';
import { parseSuiteConfig } from '../../config/suiteConfig.ts';
import { EMULATOR_DEFAULTS } from '../../emulator/emulatorDefaults.ts';
import { disabledAppProperty } from '../../runner/properties/appStateProperties.ts';
import { preflight } from '../../runner/preflight.ts';
import { plainServer } from '../_support/plainServer.ts';
import { startFaultyServer } from '../_support/faultyServer.ts';
import { targetEnv } from '../_support/runConformance.ts';
import { runProperty } from '../_support/runProperty.ts';
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

test('a target that validates the body before the app: a real disabled app passes, and so does an enabled one (the checks judge it, exit 1)', async () => {
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
    // An app that creates users may be a wrong id or a server that ignores the app's state: the
    // preflight cannot tell, so it sends nothing that could create one, and lets the checks judge.
    const enabled = parseSuiteConfig({ ...targetEnv(bodyFirst.url), PRELUDE_DISABLED_APP_ID: SECOND_ENABLED_APP });
    await expect(preflight(enabled, specOperation())).resolves.toBeUndefined();
    const report = await runProperty(disabledAppProperty, bodyFirst.url, { runs: 5, env: { PRELUDE_DISABLED_APP_ID: SECOND_ENABLED_APP } });
    expect(report.findings.find((f) => f.check === 'app_state' && f.status === 201)?.message).toContain(
      'If PRELUDE_DISABLED_APP_ID (--disabled-app-id) names an app with session management enabled, fix the configuration; otherwise the target creates users in an app with session management disabled.',
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

// What the preflight says of a target it cannot use (the command prints it as one line, exit 2).
const PLAIN_TARGETS: ReadonlyArray<{ name: string; answer: [number, Record<string, string>, string]; url: (url: string) => string; says: RegExp }> = [
  {
    name: 'TLS error (https spoken to a plain-HTTP server)',
    answer: [200, {}, ''],
    url: (u) => u.replace('http:', 'https:'),
    says: /preflight: TLS error talking to https:/,
  },
  {
    name: 'wrong base path (an HTML 404)',
    answer: [404, { 'content-type': 'text/html' }, '<h1>Not Found</h1>'],
    url: (u) => `${u}/api`,
    says: /answered 404 .*is PRELUDE_BASE_URL .* the API root, without a path\?/,
  },
  {
    name: 'redirecting target',
    answer: [301, { location: 'https://elsewhere.example/' }, ''],
    url: (u) => u,
    says: /the target redirects \(HTTP 301 to https:\/\/elsewhere\.example\/\)/,
  },
];

for (const target of PLAIN_TARGETS) {
  test(`preflight refuses: ${target.name}`, async () => {
    const server = await plainServer(...target.answer);
    try {
      await expect(preflight(parseSuiteConfig(targetEnv(target.url(server.url))), specOperation())).rejects.toThrow(target.says);
    } finally {
      server.close();
    }
  });
}

test('preflight refuses an unknown enabled app, and the disabled app given as the enabled one; nothing is created', async () => {
  const emulator = await startEmulator();
  try {
    await expect(preflight(parseSuiteConfig({ ...targetEnv(emulator.url), PRELUDE_APP_ID: 'nope' }), specOperation())).rejects.toThrow(
      'PRELUDE_APP_ID=nope does not exist on the target',
    );
    await expect(preflight(parseSuiteConfig({ ...targetEnv(emulator.url), PRELUDE_APP_ID: EMULATOR_DEFAULTS.disabledAppId }), specOperation())).rejects.toThrow(
      'has session management disabled',
    );
    expect(emulator.store.userCount).toBe(0);
  } finally {
    await emulator.close();
  }
});

test('the reference is probed like the target: unreachable, a refused token (never printed), credentials in its URL, one clear line each', async () => {
  const emulator = await startEmulator();
  try {
    const unreachable = parseSuiteConfig({ ...targetEnv(emulator.url), PRELUDE_REFERENCE_URL: 'http://127.0.0.1:9' });
    await expect(preflight(unreachable, specOperation())).rejects.toThrow(/^preflight: the reference http:\/\/127\.0\.0\.1:9 is unreachable/);
    const badToken = parseSuiteConfig({
      ...targetEnv(emulator.url),
      PRELUDE_REFERENCE_URL: emulator.url,
      PRELUDE_REFERENCE_API_TOKEN: 'not-the-reference-token',
    });
    const refused = await preflight(badToken, specOperation()).then(
      () => '',
      (error: Error) => error.message,
    );
    expect(refused).toContain('the reference refused PRELUDE_REFERENCE_API_TOKEN (HTTP 401)');
    expect(refused).not.toContain('not-the-reference-token');
    expect(() => parseSuiteConfig({ ...targetEnv(emulator.url), PRELUDE_REFERENCE_URL: 'http://user:pw@127.0.0.1:1' })).toThrow(
      'PRELUDE_REFERENCE_URL must not embed credentials; put the token in PRELUDE_REFERENCE_API_TOKEN (or the variable --reference-token-env names).',
    );
    expect(emulator.store.userCount).toBe(0);
  } finally {
    await emulator.close();
  }
});

test("a gateway's own page for a missing client certificate (nginx's 400) is a configuration error, not the API's answer", async () => {
  const gateway = await plainServer(400, { 'content-type': 'text/html' }, '<html><head><title>400 No required SSL certificate was sent</title></head></html>');
  try {
    await expect(preflight(parseSuiteConfig(targetEnv(gateway.url)), specOperation())).rejects.toThrow(
      `preflight: the target ${gateway.url} answered 400 "No required SSL certificate was sent": it is behind mutual TLS and no client certificate was presented: set CONFORMANCE_CLIENT_CERT and CONFORMANCE_CLIENT_KEY (--client-cert, --client-key)`,
    );
  } finally {
    gateway.close();
  }
});
