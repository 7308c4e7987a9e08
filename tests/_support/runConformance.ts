import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { PACKAGE_ROOT } from '../../config/packageRoot.ts';
import { EMULATOR_DEFAULTS } from '../../emulator/emulatorDefaults.ts';
import { scratchDir } from './scratchDir.ts';

export interface ConformanceRun {
  readonly exitCode: number | null;
  readonly output: string;
  readonly reportDir: string;
}

// Variables of the outer test run that must not leak into the run under test.
const INHERITED_NOISE = /^(TEST_|PW_|PLAYWRIGHT_|CONFORMANCE_|PRELUDE_|API_TOKEN$|FORCE_COLOR$|NO_COLOR$|HTTPS?_PROXY$|NO_PROXY$|https?_proxy$|no_proxy$)/;

/**
 * Runs the real `npm run conformance` command (Playwright CLI + playwright.config.ts) as a user
 * would, with `env` as its configuration, and a report directory of its own. The seed is pinned
 * (1) unless `env` says otherwise, so what a test sees never depends on a random draw; 10 cases per
 * property unless `env` says otherwise: these tests prove the command's wiring, and the case
 * counts that find things are the properties' own tests' business (each run costs CI time).
 */
export async function runConformance(
  env: Record<string, string>,
  args: string[] = [],
  timeoutMs = 170_000,
  configFile = 'playwright.config.ts',
): Promise<ConformanceRun> {
  const reportDir = scratchDir('conformance-run');
  const cli = resolve(PACKAGE_ROOT, 'node_modules/@playwright/test/cli.js');
  const run = await runProcess(
    process.execPath,
    // One worker: the tier already runs two such commands at once on a two-core machine, and a
    // second worker per command would only add another process loading the whole suite.
    [cli, 'test', '-c', configFile, ...(args.some((a) => a.startsWith('--workers') || a.startsWith('-j')) ? [] : ['--workers=1']), ...args],
    { CONFORMANCE_REPORT_DIR: reportDir, CONFORMANCE_RUNS: '10', CONFORMANCE_SEED: '1', ...env },
    timeoutMs,
  );
  return { ...run, reportDir };
}

/**
 * Runs a command from the package root (or `cwd`) in a clean environment (the outer test run's
 * variables removed) plus `env`; bounded by `timeoutMs`. Output is stdout and stderr interleaved.
 */
export async function runProcess(
  command: string,
  argv: string[],
  env: Record<string, string>,
  timeoutMs = 170_000,
  cwd = PACKAGE_ROOT,
): Promise<Omit<ConformanceRun, 'reportDir'>> {
  const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !INHERITED_NOISE.test(k)));
  const child = spawn(command, argv, { cwd, env: { ...cleanEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const exitCode = await new Promise<number | null>((done) => child.on('close', done));
  clearTimeout(timer);
  return { exitCode, output };
}

/** The configuration variables that point a run at a server speaking the emulator's defaults. */
export function targetEnv(baseUrl: string, token: string = EMULATOR_DEFAULTS.token): Record<string, string> {
  return {
    PRELUDE_BASE_URL: baseUrl,
    API_TOKEN: token,
    PRELUDE_APP_ID: EMULATOR_DEFAULTS.enabledAppId,
    PRELUDE_DISABLED_APP_ID: EMULATOR_DEFAULTS.disabledAppId,
  };
}
