import { randomBytes, randomInt } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEnv } from 'node:util';
import { EMULATOR_DEFAULTS } from '../emulator/emulatorDefaults.ts';
import { ConfigError } from './ConfigError.ts';

/**
 * The root of the suite's sources (spec/, emulator/, tests/), so the default spec is found
 * whatever the working directory. In the published package that is `dist/`.
 */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The suite's version, from the package.json at or above PACKAGE_ROOT. */
export function suiteVersion(): string {
  for (const dir of [PACKAGE_ROOT, resolve(PACKAGE_ROOT, '..')]) {
    const file = resolve(dir, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? 'unknown';
  }
  return 'unknown';
}

/** The variables that configure one target: the target under test, or the reference of a differential run. */
export interface TargetVariables {
  readonly baseUrl: string;
  readonly apiToken: string;
  readonly appId: string;
  readonly disabledAppId: string;
  readonly unknownAppId: string;
}

export const TARGET_VARIABLES: TargetVariables = {
  baseUrl: 'PRELUDE_BASE_URL', apiToken: 'API_TOKEN', appId: 'PRELUDE_APP_ID',
  disabledAppId: 'PRELUDE_DISABLED_APP_ID', unknownAppId: 'PRELUDE_UNKNOWN_APP_ID',
};

export const REFERENCE_VARIABLES: TargetVariables = {
  baseUrl: 'PRELUDE_REFERENCE_URL', apiToken: 'PRELUDE_REFERENCE_API_TOKEN', appId: 'PRELUDE_REFERENCE_APP_ID',
  disabledAppId: 'PRELUDE_REFERENCE_DISABLED_APP_ID', unknownAppId: 'PRELUDE_REFERENCE_UNKNOWN_APP_ID',
};

/** How requests reach the target: Node's fetch, or the official SDK (`@prelude.so/sdk`) through a recording proxy. */
export type TransportKind = 'fetch' | 'sdk';

/** The target under test. `apiToken` is a secret: never print it, never write it to a report. */
export interface TargetConfig {
  readonly kind: 'emulator' | 'external';
  /** The variables it was read from: messages about it name them. */
  readonly variables: TargetVariables;
  readonly baseUrl: string;
  readonly apiToken: string;
  readonly appId: string;
  /** Undefined when unknown: the checks that need a disabled app are skipped, and say so. */
  readonly disabledAppId: string | undefined;
  readonly unknownAppId: string;
}

/** Everything a run is parameterised by; see the README's configuration table. */
export interface SuiteConfig {
  readonly target: TargetConfig;
  /**
   * The second target of a differential run (`PRELUDE_REFERENCE_URL`): every generated value is
   * also executed against it and the outcomes are compared. Undefined: no differential run.
   */
  readonly reference: TargetConfig | undefined;
  readonly transport: TransportKind;
  /** Generated cases per property. */
  readonly runs: number;
  /** Identical creates sent at once by the `exactly_once` property. */
  readonly exactlyOnceCopies: number;
  /** The run's fast-check seed: every property derives its own from it. */
  readonly seed: number;
  /** fast-check replay path of one failure, set together with the seed to replay it. */
  readonly replayPath: string | undefined;
  /** Unique per run (never derived from the seed): keeps identities of reruns from colliding. */
  readonly runId: string;
  readonly concurrency: number;
  /** Requests per second ceiling; 0 means unlimited. */
  readonly rps: number;
  readonly requestTimeoutMs: number;
  readonly specPath: string;
  readonly profilePath: string | undefined;
  readonly reportDir: string;
  /** The lowest severity that fails the run (and so the exit code). */
  readonly failOn: 'error' | 'warning';
  /** `CONFORMANCE_DRY_RUN=1`: print the planned cases, send nothing (not even the preflight). */
  readonly dryRun: boolean;
}

/**
 * What the conformance reporter needs, and nothing more: it also runs in `merge-reports`, where the
 * target variables (and the token) are typically absent and must not be required.
 */
export interface ReportConfig {
  readonly reportDir: string;
  readonly specPath: string;
  /** GitHub Actions' job summary file; the Markdown report is appended to it when set. */
  readonly stepSummaryPath: string | undefined;
}

type Env = Readonly<Record<string, string | undefined>>;

// Written back into the environment by `shareRunIdentity`, so that every Playwright worker
// (a separate process) uses the same seed and run id as the main process printed.
const RUN_ID_VAR = 'CONFORMANCE_RUN_ID';
const SEED_VAR = 'CONFORMANCE_SEED';
/** Set by Playwright's webServer from the emulator's "listening on" line. */
const EMULATOR_URL_VAR = 'CONFORMANCE_EMULATOR_URL';

let cached: SuiteConfig | undefined;

/**
 * Reads the configuration from the environment (and `.env`, whose values never override the real
 * environment). This module is the only place that reads `process.env`.
 */
export function loadSuiteConfig(): SuiteConfig {
  cached ??= parseSuiteConfig(environmentWithDotEnv(process.env));
  return cached;
}

/** The reporter's configuration (see `ReportConfig`). */
export function loadReportConfig(): ReportConfig {
  return parseReportConfig(environmentWithDotEnv(process.env));
}

/** Pins seed and run id in the environment, so that worker processes inherit the same values. */
export function shareRunIdentity(): void {
  process.env[SEED_VAR] ??= String(randomInt(0, 2 ** 31 - 1));
  process.env[RUN_ID_VAR] ??= 'r' + randomBytes(4).toString('hex');
}

/** True inside a Playwright worker process (the config file is evaluated there too). */
export function isPlaywrightWorker(): boolean {
  return process.env['TEST_WORKER_INDEX'] !== undefined;
}

/** Whether the embedded emulator must be started (no target configured). */
export function wantsEmbeddedEmulator(): boolean {
  return !environmentWithDotEnv(process.env)['PRELUDE_BASE_URL'];
}

export function parseReportConfig(env: Env): ReportConfig {
  return {
    reportDir: resolve(env['CONFORMANCE_REPORT_DIR'] || 'reports'),
    specPath: resolve(env['CONFORMANCE_SPEC'] || resolve(PACKAGE_ROOT, 'spec/openapi.yaml')),
    stepSummaryPath: env['GITHUB_STEP_SUMMARY'] || undefined,
  };
}

export function parseSuiteConfig(env: Env): SuiteConfig {
  const runId = env[RUN_ID_VAR] || 'r' + randomBytes(4).toString('hex');
  const external = Boolean(env['PRELUDE_BASE_URL']);
  const baseUrl = external ? env['PRELUDE_BASE_URL']! : env[EMULATOR_URL_VAR] ?? '';
  if (baseUrl) checkUrl('PRELUDE_BASE_URL', baseUrl);
  const target: TargetConfig = {
    kind: external ? 'external' : 'emulator',
    variables: TARGET_VARIABLES,
    baseUrl: baseUrl.replace(/\/+$/, ''),
    apiToken: env['API_TOKEN'] ?? (external ? missing('API_TOKEN', 'the bearer token of the target') : EMULATOR_DEFAULTS.token),
    appId: env['PRELUDE_APP_ID'] ?? (external ? missing('PRELUDE_APP_ID', 'an app with session management enabled') : EMULATOR_DEFAULTS.enabledAppId),
    disabledAppId: env['PRELUDE_DISABLED_APP_ID'] || (external ? undefined : EMULATOR_DEFAULTS.disabledAppId),
    unknownAppId: env['PRELUDE_UNKNOWN_APP_ID'] || `zz${runId}`,
  };
  const { specPath, reportDir } = parseReportConfig(env);
  return {
    target,
    reference: parseReference(env, runId),
    transport: oneOf(env, 'CONFORMANCE_TRANSPORT', ['fetch', 'sdk'] as const, 'fetch'),
    runs: integer(env, 'CONFORMANCE_RUNS', 100, 1, 1_000_000),
    exactlyOnceCopies: integer(env, 'CONFORMANCE_EXACTLY_ONCE_N', 8, 2, 256),
    seed: integer(env, SEED_VAR, randomInt(0, 2 ** 31 - 1), -(2 ** 31), 2 ** 31 - 1),
    replayPath: replayPath(env['CONFORMANCE_REPLAY_PATH']),
    runId,
    concurrency: integer(env, 'CONFORMANCE_CONCURRENCY', 8, 1, 256),
    rps: integer(env, 'CONFORMANCE_RPS', 0, 0, 100_000),
    requestTimeoutMs: integer(env, 'CONFORMANCE_TIMEOUT_MS', 10_000, 100, 600_000),
    specPath,
    profilePath: env['CONFORMANCE_PROFILE'] ? resolve(env['CONFORMANCE_PROFILE']) : undefined,
    reportDir,
    failOn: oneOf(env, 'CONFORMANCE_FAIL_ON', ['error', 'warning'] as const, 'error'),
    dryRun: oneOf(env, 'CONFORMANCE_DRY_RUN', ['0', '1'] as const, '0') === '1',
  };
}

/**
 * The reference of a differential run. Its token and app ids default to the embedded emulator's,
 * since the usual reference is an emulator (ours, or one of the same defaults) run beside the
 * target; its unknown app is fresh per run, like the target's.
 */
function parseReference(env: Env, runId: string): TargetConfig | undefined {
  const names = REFERENCE_VARIABLES;
  const raw = env[names.baseUrl];
  if (!raw) return undefined;
  checkUrl(names.baseUrl, raw);
  return {
    kind: 'external',
    variables: names,
    baseUrl: raw.replace(/\/+$/, ''),
    apiToken: env[names.apiToken] || EMULATOR_DEFAULTS.token,
    appId: env[names.appId] || EMULATOR_DEFAULTS.enabledAppId,
    disabledAppId: env[names.disabledAppId] || EMULATOR_DEFAULTS.disabledAppId,
    unknownAppId: env[names.unknownAppId] || `zz${runId}ref`,
  };
}

/**
 * Where reports go, for commands that need nothing else of the configuration (`spec:diff`): they
 * must not fail on variables that only matter to a conformance run (e.g. a missing API_TOKEN).
 */
export function loadReportDir(): string {
  return loadReportConfig().reportDir;
}

function environmentWithDotEnv(env: Env): Env {
  const file = resolve('.env');
  if (!existsSync(file)) return env;
  const fromFile = parseEnv(readFileSync(file, 'utf8'));
  return { ...fromFile, ...env };
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name}=${JSON.stringify(raw)} is not valid: expected a whole number from ${min} to ${max}.`);
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name}=${JSON.stringify(raw)} is not valid: expected one of ${allowed.join(', ')}.`);
  }
  return raw as T;
}

/** The environment a child process (the CLI's Playwright run) starts from, plus `overrides`. */
export function childEnvironment(overrides: Readonly<Record<string, string>>): Record<string, string | undefined> {
  return { ...process.env, ...overrides };
}

/** The value of a variable named at run time (`--token-env NAME`). */
export function variableNamed(name: string): string | undefined {
  return process.env[name];
}

function replayPath(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  if (!/^\d+(:\d+)*$/.test(raw)) {
    throw new ConfigError(`CONFORMANCE_REPLAY_PATH=${JSON.stringify(raw)} is not a fast-check path (digits separated by colons, e.g. 12:0:3).`);
  }
  return raw;
}

function checkUrl(name: string, raw: string): void {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name}=${JSON.stringify(raw)} is not a URL (expected e.g. https://api.prelude.dev).`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`${name} must be an http(s) URL, got ${url.protocol}`);
  }
  if (url.username || url.password) {
    throw new ConfigError(`${name} must not embed credentials; put the token in ${name === REFERENCE_VARIABLES.baseUrl ? REFERENCE_VARIABLES.apiToken : TARGET_VARIABLES.apiToken}.`);
  }
}

function missing(name: string, what: string): never {
  throw new ConfigError(`${name} is not set: with PRELUDE_BASE_URL set, the suite needs ${what}.`);
}
