import { expect, test } from '@playwright/test';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../../config/packageRoot.ts';
import { EMULATOR_DEFAULTS } from '../../emulator/emulatorDefaults.ts';
import { runProcess } from '../_support/runConformance.ts';
import { scratchDir } from '../_support/scratchDir.ts';
import { startEmulator } from '../_support/startEmulator.ts';

// The `run` command in a project folder of its own, as a team runs it: settings from its files.
const CLI = resolve(PACKAGE_ROOT, 'cli/main.ts');
const inFolder = (folder: string, args: string[], env: Record<string, string> = {}) =>
  runProcess(process.execPath, ['--import', 'tsx', CLI, ...args], env, 170_000, folder);

test('a configuration file alone (the token in .env) points the run at a target; the seed in .env is the one the run uses', async () => {
  const emulator = await startEmulator();
  try {
    const folder = scratchDir('config-file');
    writeFileSync(
      join(folder, 'conformance.config.json'),
      JSON.stringify({
        $schema: resolve(PACKAGE_ROOT, 'config/conformance.config.schema.json'),
        baseUrl: emulator.url,
        tokenEnv: 'STAGING_TOKEN',
        appId: EMULATOR_DEFAULTS.enabledAppId,
        disabledAppId: EMULATOR_DEFAULTS.disabledAppId,
        runs: 3,
        phases: ['valid'],
        reportDir: 'out',
      }),
    );
    writeFileSync(join(folder, '.env'), `STAGING_TOKEN=${EMULATOR_DEFAULTS.token}\nCONFORMANCE_SEED=4242\n`);
    const run = await inFolder(folder, ['run', '--', '-g', 'valid requests with fresh']);
    expect(run.exitCode, run.output).toBe(0);
    expect(run.output).toContain(`settings from ${join(folder, 'conformance.config.json')}`);
    expect(run.output).toContain('seed 4242');
    expect(run.output).toContain(`target: ${emulator.url}`);
    expect(emulator.store.userCount).toBeGreaterThan(0);
    expect(existsSync(join(folder, 'out/conformance.json'))).toBe(true);
  } finally {
    await emulator.close();
  }
});

test('a typo in the configuration file, or a secret in it, is exit 2 with one line each, before anything is sent', async () => {
  const folder = scratchDir('config-typo');
  writeFileSync(join(folder, 'conformance.config.yaml'), 'rusn: 3\napiToken: do-not-commit-me\nfailOn: warnings\n');
  const run = await inFolder(folder, ['run']);
  expect(run.exitCode, run.output).toBe(2);
  expect(run.output).toContain('conformance.config.yaml: unknown key "rusn"; did you mean "runs"?');
  expect(run.output).toContain('conformance.config.yaml: "apiToken" cannot be set in the file (a secret never goes in a committed file');
  expect(run.output).toContain('conformance.config.yaml: "failOn" must be equal to one of the allowed values (error, warning).');
  expect(run.output).not.toContain('do-not-commit-me');
  expect(run.output).not.toContain('Running');
});

test('messages name each setting as the user gave it: the flag, the token variable --token-env names', async () => {
  const emulator = await startEmulator();
  try {
    const folder = scratchDir('named-as-given');
    const target = ['run', '--base-url', emulator.url, '--token-env', 'STAGING_TOKEN'];
    const missingProfile = await inFolder(folder, [...target, '--app-id', EMULATOR_DEFAULTS.enabledAppId, '--profile', 'no-such-profile.json'], {
      STAGING_TOKEN: EMULATOR_DEFAULTS.token,
    });
    expect(missingProfile.exitCode, missingProfile.output).toBe(2);
    expect(missingProfile.output).toContain(`--profile ${join(folder, 'no-such-profile.json')}: cannot read it as JSON`);
    const unknownApp = await inFolder(folder, [...target, '--app-id', 'nope'], { STAGING_TOKEN: EMULATOR_DEFAULTS.token });
    expect(unknownApp.exitCode, unknownApp.output).toBe(2);
    expect(unknownApp.output).toContain('preflight: --app-id nope does not exist on the target (404 app_not_found).');
    const refused = await inFolder(folder, [...target, '--app-id', EMULATOR_DEFAULTS.enabledAppId], { STAGING_TOKEN: 'not-the-token' });
    expect(refused.exitCode, refused.output).toBe(2);
    expect(refused.output).toContain('the target refused STAGING_TOKEN (HTTP 401)');
    expect(refused.output).not.toContain('not-the-token');
    const unset = await inFolder(folder, [...target, '--app-id', EMULATOR_DEFAULTS.enabledAppId]);
    expect(unset.exitCode, unset.output).toBe(2);
    expect(unset.output).toContain('--token-env names STAGING_TOKEN, which is not set.');
    expect(emulator.store.userCount).toBe(0);
  } finally {
    await emulator.close();
  }
});

test('replay takes the flags of run: --token-env after the finding is read as the run would read it, not refused', async () => {
  const folder = scratchDir('replay-flags');
  const replay = await inFolder(folder, ['replay', 'no-such-report.json', '1', '--token-env', 'STAGING_TOKEN']);
  expect(replay.exitCode, replay.output).toBe(2);
  // The report is what is missing; the flag was understood.
  expect(replay.output).toContain('create-user-conformance: cannot read no-such-report.json');
  expect(replay.output).not.toContain("replay needs a conformance.json and a finding's number or key");
  const badFlag = await inFolder(folder, ['replay', 'no-such-report.json', '1', '--runs', 'many']);
  expect(badFlag.output).toContain('create-user-conformance: --runs "many" is not valid');
});

test('a baseline that does not parse, or names a check the run does not have, is exit 2 with one line per problem, before anything is sent', async () => {
  const folder = scratchDir('baseline-errors');
  writeFileSync(join(folder, 'broken.json'), '{ "findings": [');
  writeFileSync(
    join(folder, 'unknown.json'),
    JSON.stringify({
      baselineFormat: 1,
      findings: [
        { key: 'conflikt|error|201|-|conflicts', reason: 'typo' },
        { key: 'auth', reason: '' },
      ],
    }),
  );
  const [broken, unknown] = await Promise.all([
    inFolder(folder, ['run', '--baseline', 'broken.json']),
    inFolder(folder, ['run', '--baseline', 'unknown.json']),
  ]);
  expect(broken.exitCode, broken.output).toBe(2);
  expect(broken.output).toContain(`conformance: configuration error: --baseline broken.json: cannot read it as a baseline`);
  expect(unknown.exitCode, unknown.output).toBe(2);
  expect(unknown.output).toContain(
    'conformance: configuration error: --baseline unknown.json: entry 1: "key" names the check "conflikt", which this run does not have.',
  );
  expect(unknown.output).toContain('conformance: configuration error: --baseline unknown.json: entry 2: "key" "auth" is not a finding key');
  expect(unknown.output).toContain('conformance: configuration error: --baseline unknown.json: entry 2: "reason" is missing');
  expect(unknown.output).not.toContain('Running');
});
