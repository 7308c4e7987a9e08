import { randomBytes, randomInt } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEnv } from 'node:util';
import { EMULATOR_DEFAULTS } from '../emulator/emulatorDefaults.ts';
import { DEFAULT_SPEC_PATH } from '../spec/defaultSpecPath.ts';
import {
  clientCertificateVariables,
  parseClientCertificate,
  REFERENCE_CLIENT_CERTIFICATE,
  TARGET_CLIENT_CERTIFICATE,
  type ClientCertificate,
} from './clientCertificate.ts';
import { closestName } from './closestName.ts';
import { ConfigError } from './ConfigError.ts';
import { parseExtraHeaders, type ExtraHeader } from './extraHeaders.ts';
import { fetchSpecOnce, isSpecUrl } from './fetchSpecOnce.ts';

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
  baseUrl: 'PRELUDE_BASE_URL',
  apiToken: 'API_TOKEN',
  appId: 'PRELUDE_APP_ID',
  disabledAppId: 'PRELUDE_DISABLED_APP_ID',
  unknownAppId: 'PRELUDE_UNKNOWN_APP_ID',
};

export const REFERENCE_VARIABLES: TargetVariables = {
  baseUrl: 'PRELUDE_REFERENCE_URL',
  apiToken: 'PRELUDE_REFERENCE_API_TOKEN',
  appId: 'PRELUDE_REFERENCE_APP_ID',
  disabledAppId: 'PRELUDE_REFERENCE_DISABLED_APP_ID',
  unknownAppId: 'PRELUDE_REFERENCE_UNKNOWN_APP_ID',
};

/** Every name of a set (`Object.values` of an interface is `any[]`; read as a record it is `string[]`). */
const namesOf = (variables: Readonly<Record<keyof TargetVariables, string>>): string[] => Object.values(variables);

/** How requests reach the target: the suite's own HTTP client (`fetch`: undici, the engine of Node's fetch), or the official SDK (`@prelude.so/sdk`) through a recording proxy. */
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
  /** Sent with every request (`--header`); those from variables are secrets like the token. */
  readonly extraHeaders: readonly ExtraHeader[];
  /** Presented in the TLS handshake of every request to this target (mutual TLS); undefined: none. */
  readonly clientCertificate?: ClientCertificate | undefined;
}

/** Everything a run is parameterised by; see docs/configuration.md (generated from variableDescriptions.ts). */
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
  /**
   * Which checks judge and which phases run (`CONFORMANCE_CHECKS`, `CONFORMANCE_EXCLUDE_CHECKS`,
   * `CONFORMANCE_PHASES`), as given: the runner validates the names against the catalogue.
   */
  readonly selection: Selection;
  /** `--record`: every exchange written as HAR 1.2 and/or NDJSON events (redacted), beside the reports. */
  readonly record: readonly RecordFormat[];
  /** Proxies from HTTP_PROXY, HTTPS_PROXY and NO_PROXY, for an external target; undefined: requests go direct. */
  readonly proxy: ProxySettings | undefined;
  /**
   * The variables of this run that a replay of one of its findings must set again (see
   * REPLAYED_VARIABLES): set explicitly, no secret among them, paths made absolute.
   */
  readonly replayEnv: Readonly<Record<string, string>>;
}

/** The formats `--record` writes every exchange in. */
export type RecordFormat = 'har' | 'ndjson';
const RECORD_FORMATS: readonly RecordFormat[] = ['har', 'ndjson'];

/**
 * Every secret value of a run (both targets' tokens, and header values taken from variables):
 * what any text the suite writes is scrubbed of, in one list so no writer can forget one.
 */
export function runSecrets(config: Pick<SuiteConfig, 'target' | 'reference'>): string[] {
  return [config.target, ...(config.reference ? [config.reference] : [])].flatMap((t) => [
    t.apiToken,
    ...t.extraHeaders.filter((h) => h.variable !== undefined).map((h) => h.value),
    ...(t.clientCertificate?.passphrase ? [t.clientCertificate.passphrase] : []),
  ]);
}

/** Proxies from the standard variables (either case), for targets reached through one. */
export interface ProxySettings {
  readonly httpProxy?: string;
  readonly httpsProxy?: string;
  readonly noProxy?: string;
}

/** The standard proxy variables, upper case first (curl's and undici's order); undefined when none is set. */
export function proxySettings(env: Env): ProxySettings | undefined {
  const read = (name: string) => env[name] || env[name.toLowerCase()] || undefined;
  const settings = Object.fromEntries(
    Object.entries({ httpProxy: read('HTTP_PROXY'), httpsProxy: read('HTTPS_PROXY'), noProxy: read('NO_PROXY') }).filter(([, value]) => value !== undefined),
  ) as ProxySettings;
  return settings.httpProxy === undefined && settings.httpsProxy === undefined ? undefined : settings;
}

/** Names as given on the command line or in the variables; undefined: all of them. */
export interface Selection {
  readonly checks: readonly string[] | undefined;
  readonly excludedChecks: readonly string[];
  readonly phases: readonly string[] | undefined;
}

const SELECTION_VARIABLES = { checks: 'CONFORMANCE_CHECKS', excludedChecks: 'CONFORMANCE_EXCLUDE_CHECKS', phases: 'CONFORMANCE_PHASES' } as const;

/**
 * What the conformance reporter needs, and nothing more: it also runs in `merge-reports`, where the
 * target variables (and the token) are typically absent and must not be required.
 */
export interface ReportConfig {
  readonly reportDir: string;
  readonly specPath: string;
  /** GitHub Actions' job summary file; the Markdown report is appended to it when set. */
  readonly stepSummaryPath: string | undefined;
  /** What the workers recorded (`--record`), for the reporter to assemble. */
  readonly record: readonly RecordFormat[];
  /** The colour wishes of the environment, for the console (see `consoleMode`). */
  readonly console: ConsoleSettings;
}

/**
 * What the environment says about colours, read here because only this module reads the
 * environment: `NO_COLOR` (any non-empty value, no-color.org) forbids them; `FORCE_COLOR` asks for
 * them off a terminal (`0` or `false`: never). Neither is a CONFORMANCE_ variable, so the
 * unknown-variable check (which looks at CONFORMANCE_ and PRELUDE_ names only) never sees them.
 */
export interface ConsoleSettings {
  readonly noColor: boolean;
  /** Undefined when FORCE_COLOR is unset or empty. */
  readonly forceColor: boolean | undefined;
}

const FORCE_COLOR_OFF: ReadonlySet<string> = new Set(['0', 'false']);

/** The console settings of `env` (see `ConsoleSettings`). */
export function consoleSettings(env: Env): ConsoleSettings {
  const force = env['FORCE_COLOR'];
  return {
    noColor: Boolean(env['NO_COLOR']),
    forceColor: force === undefined || force === '' ? undefined : !FORCE_COLOR_OFF.has(force.toLowerCase()),
  };
}

type Env = Readonly<Record<string, string | undefined>>;

// Written back into the environment by `shareRunIdentity`, so that every Playwright worker
// (a separate process) uses the same seed and run id as the main process printed.
const RUN_ID_VAR = 'CONFORMANCE_RUN_ID';
const SEED_VAR = 'CONFORMANCE_SEED';
/** Set by `shareEmulatorUrl` once the runner serves the embedded emulator. */
const EMULATOR_URL_VAR = 'CONFORMANCE_EMULATOR_URL';
/** Set by the console reporter, inherited by the workers whose progress it reads (see `listenForProgress`). */
const PROGRESS_VAR = 'CONFORMANCE_PROGRESS_RECORDS';

/**
 * Every `CONFORMANCE_*` and `PRELUDE_*` variable the suite reads, each described in
 * variableDescriptions.ts (a test keeps the two equal): the settings, and those it sets for its own
 * processes (the run identity shared with the workers, the embedded emulator's URL). Any other
 * name with these prefixes is a typo or a leftover, and a silently ignored setting is a run that
 * tests something else than its author thinks: an error.
 */
export const KNOWN_VARIABLES: readonly string[] = [
  ...namesOf(TARGET_VARIABLES),
  ...namesOf(REFERENCE_VARIABLES),
  'CONFORMANCE_RUNS',
  'CONFORMANCE_EXACTLY_ONCE_N',
  SEED_VAR,
  'CONFORMANCE_REPLAY_PATH',
  'CONFORMANCE_CONCURRENCY',
  'CONFORMANCE_RPS',
  'CONFORMANCE_TIMEOUT_MS',
  'CONFORMANCE_SPEC',
  'CONFORMANCE_PROFILE',
  'CONFORMANCE_REPORT_DIR',
  'CONFORMANCE_TRANSPORT',
  'CONFORMANCE_FAIL_ON',
  'CONFORMANCE_DRY_RUN',
  RUN_ID_VAR,
  EMULATOR_URL_VAR,
  PROGRESS_VAR,
  ...Object.values(SELECTION_VARIABLES),
  'CONFORMANCE_HEADERS',
  'CONFORMANCE_RECORD',
  ...[TARGET_CLIENT_CERTIFICATE, REFERENCE_CLIENT_CERTIFICATE].flatMap(clientCertificateVariables),
].filter((name) => /^(CONFORMANCE|PRELUDE)_/.test(name));

// Client certificates and keys are files, not secrets: a replay presents the same ones (its passphrase comes from the environment, as the token does).
const CERTIFICATE_PATH_VARIABLES = [TARGET_CLIENT_CERTIFICATE, REFERENCE_CLIENT_CERTIFICATE].flatMap((c) => [c.cert.variable, c.key.variable]);

/**
 * The non-secret variables that shape a case and its verdict: where it is sent (target, apps,
 * reference, transport), what it is judged against (spec, profile, fail-on, timeout) and how it was
 * generated (case counts). A replay sets each the run set; tokens come from the environment as
 * before, and the seed, path and report directory are the replay's own.
 */
export const REPLAYED_VARIABLES: readonly string[] = [
  ...namesOf(TARGET_VARIABLES),
  ...namesOf(REFERENCE_VARIABLES),
  'CONFORMANCE_RUNS',
  'CONFORMANCE_EXACTLY_ONCE_N',
  'CONFORMANCE_TIMEOUT_MS',
  'CONFORMANCE_SPEC',
  'CONFORMANCE_PROFILE',
  'CONFORMANCE_TRANSPORT',
  'CONFORMANCE_FAIL_ON',
  ...Object.values(SELECTION_VARIABLES),
  'CONFORMANCE_HEADERS',
  ...CERTIFICATE_PATH_VARIABLES,
].filter((name) => name !== TARGET_VARIABLES.apiToken && name !== REFERENCE_VARIABLES.apiToken);

const PATH_VARIABLES = new Set(['CONFORMANCE_SPEC', 'CONFORMANCE_PROFILE', ...CERTIFICATE_PATH_VARIABLES]);

/** What a value of a checked variable must look like: `problem` says what is wrong with `raw`, or undefined. */
interface ValueRule {
  readonly problem: (raw: string) => string | undefined;
  /** False for URLs: a rejected one may carry credentials, so messages never repeat it. */
  readonly echo: boolean;
}

/**
 * The checked variables and their rules, shared by the configuration and the CLI's flags, so that a
 * bad value is described the same way whichever of the two set it (`--runs abc` names `--runs`).
 */
const VALUE_RULES: Readonly<Record<string, ValueRule>> = {
  CONFORMANCE_RUNS: wholeNumber(1, 1_000_000),
  CONFORMANCE_EXACTLY_ONCE_N: wholeNumber(2, 256),
  [SEED_VAR]: wholeNumber(-(2 ** 31), 2 ** 31 - 1),
  CONFORMANCE_CONCURRENCY: wholeNumber(1, 256),
  CONFORMANCE_RPS: wholeNumber(0, 100_000),
  CONFORMANCE_TIMEOUT_MS: wholeNumber(100, 600_000),
  CONFORMANCE_TRANSPORT: oneOfValues(['fetch', 'sdk']),
  CONFORMANCE_FAIL_ON: oneOfValues(['error', 'warning']),
  CONFORMANCE_DRY_RUN: oneOfValues(['0', '1']),
  ...Object.fromEntries([...Object.values(SELECTION_VARIABLES), 'CONFORMANCE_RECORD'].map((name) => [name, commaList()])),
  CONFORMANCE_REPLAY_PATH: {
    problem: (raw) => (/^\d+(:\d+)*$/.test(raw) ? undefined : 'is not a fast-check path (digits separated by colons, e.g. 12:0:3).'),
    echo: true,
  },
  [TARGET_VARIABLES.baseUrl]: httpUrl(TARGET_VARIABLES.apiToken),
  [REFERENCE_VARIABLES.baseUrl]: httpUrl(REFERENCE_VARIABLES.apiToken),
};

/**
 * Why `raw` is not a valid value of `variable`, as one sentence about `subject` (the variable by
 * default; the CLI passes the flag that set it, e.g. `--runs`); undefined when it is valid.
 */
export function invalidValue(variable: string, raw: string, subject: string = variable): string | undefined {
  const rule = VALUE_RULES[variable];
  const problem = rule?.problem(raw);
  if (rule === undefined || problem === undefined) return undefined;
  if (!rule.echo) return `${subject} ${problem}`;
  return `${subject}${subject.startsWith('--') ? ' ' : '='}${JSON.stringify(raw)} ${problem}`;
}

/**
 * The `CONFORMANCE_*` / `PRELUDE_*` names of `env` the suite does not read, each as one message with
 * a did-you-mean when a known name is near; `fromDotEnv` names those that came from `.env`.
 */
export function unknownVariables(env: Env, fromDotEnv: ReadonlySet<string> = new Set()): string[] {
  return Object.keys(env)
    .filter((name) => /^(CONFORMANCE|PRELUDE)_/.test(name) && !KNOWN_VARIABLES.includes(name))
    .sort()
    .map((name) => {
      const where = fromDotEnv.has(name) ? ' (in .env)' : '';
      const near = closestName(name, KNOWN_VARIABLES);
      return near
        ? `unknown variable ${name}${where}; did you mean ${near}?`
        : `unknown variable ${name}${where}; the suite reads none of that name (see docs/configuration.md).`;
    });
}

let cached: SuiteConfig | undefined;

/**
 * Reads the configuration from the environment (and `.env`, whose values never override the real
 * environment). This module is the only place that reads `process.env`.
 */
export function loadSuiteConfig(): SuiteConfig {
  cached ??= parseSuiteConfig(environmentWithDotEnv(process.env), dotEnvNames());
  return cached;
}

/** The reporter's configuration (see `ReportConfig`). */
export function loadReportConfig(): ReportConfig {
  return parseReportConfig(environmentWithDotEnv(process.env));
}

/**
 * Called by the console reporter before any worker starts: workers inherit the setting and print
 * progress records for it to read. Without it (another reporter, a test running a property in
 * process) nobody reads them, so nobody prints them.
 */
export function listenForProgress(): void {
  process.env[PROGRESS_VAR] = '1';
}

/** Whether a console reporter reads this process's progress records (see `listenForProgress`). */
export function progressIsListenedFor(): boolean {
  return process.env[PROGRESS_VAR] === '1';
}

/** Pins seed and run id in the environment, so that worker processes inherit the same values. */
export function shareRunIdentity(): void {
  process.env[SEED_VAR] ??= String(randomInt(0, 2 ** 31 - 1));
  process.env[RUN_ID_VAR] ??= 'r' + randomBytes(4).toString('hex');
}

/**
 * A spec given as a URL is fetched once, by the main process, and every process of the run (the
 * workers inherit the environment, the reporter reads it) then reads that local copy: one set of
 * bytes for the whole run, named by its sha256 in the reports. Returns the URL fetched, if any.
 */
export async function pinFetchedSpec(config: SuiteConfig): Promise<string | undefined> {
  if (!isSpecUrl(config.specPath)) return undefined;
  process.env['CONFORMANCE_SPEC'] = await fetchSpecOnce(config.specPath, join(config.reportDir, 'spec'));
  // The configuration read before named the URL: read it again, with the local copy.
  cached = undefined;
  return config.specPath;
}

/** True inside a Playwright worker process (the config file is evaluated there too). */
export function isPlaywrightWorker(): boolean {
  return process.env['TEST_WORKER_INDEX'] !== undefined;
}

/**
 * Hands the embedded emulator's URL to the workers (they inherit the runner's environment) and to
 * this process's own later reads of the configuration.
 */
export function shareEmulatorUrl(url: string): void {
  process.env[EMULATOR_URL_VAR] = url;
  cached = undefined;
}

/** Whether the embedded emulator must be started (no target configured). */
export function wantsEmbeddedEmulator(): boolean {
  return !environmentWithDotEnv(process.env)['PRELUDE_BASE_URL'];
}

export function parseReportConfig(env: Env): ReportConfig {
  return {
    // A replay (a replay path set) never overwrites the full run's reports.
    reportDir: resolve(env['CONFORMANCE_REPORT_DIR'] || (env['CONFORMANCE_REPLAY_PATH'] ? 'reports/replay' : 'reports')),
    // A URL stays a URL until `prepareRun` fetches it once (see `pinFetchedSpec`).
    specPath:
      env['CONFORMANCE_SPEC'] && isSpecUrl(env['CONFORMANCE_SPEC'])
        ? env['CONFORMANCE_SPEC']
        : env['CONFORMANCE_SPEC']
          ? resolve(env['CONFORMANCE_SPEC'])
          : DEFAULT_SPEC_PATH,
    stepSummaryPath: env['GITHUB_STEP_SUMMARY'] || undefined,
    record: recordFormats(env),
    console: consoleSettings(env),
  };
}

/** The configuration of `env`; `fromDotEnv` (names read from `.env`) only sharpens the messages. */
export function parseSuiteConfig(env: Env, fromDotEnv: ReadonlySet<string> = new Set()): SuiteConfig {
  const unknown = unknownVariables(env, fromDotEnv);
  if (unknown.length > 0) throw new ConfigError(unknown.join('\n'));
  const runId = env[RUN_ID_VAR] || 'r' + randomBytes(4).toString('hex');
  const external = Boolean(env['PRELUDE_BASE_URL']);
  const baseUrl = external ? env['PRELUDE_BASE_URL']! : (env[EMULATOR_URL_VAR] ?? '');
  if (baseUrl) checkValue('PRELUDE_BASE_URL', baseUrl);
  const target: TargetConfig = {
    kind: external ? 'external' : 'emulator',
    variables: TARGET_VARIABLES,
    baseUrl: baseUrl.replace(/\/+$/, ''),
    apiToken: env['API_TOKEN'] ?? (external ? missing('API_TOKEN', 'the bearer token of the target') : EMULATOR_DEFAULTS.token),
    appId: env['PRELUDE_APP_ID'] ?? (external ? missing('PRELUDE_APP_ID', 'an app with session management enabled') : EMULATOR_DEFAULTS.enabledAppId),
    disabledAppId: env['PRELUDE_DISABLED_APP_ID'] || (external ? undefined : EMULATOR_DEFAULTS.disabledAppId),
    unknownAppId: env['PRELUDE_UNKNOWN_APP_ID'] || `zz${runId}`,
    extraHeaders: parseExtraHeaders(env['CONFORMANCE_HEADERS'], env),
    clientCertificate: parseClientCertificate(env, TARGET_CLIENT_CERTIFICATE),
  };
  const { specPath, reportDir } = parseReportConfig(env);
  return {
    target,
    reference: parseReference(env, runId),
    transport: oneOf<TransportKind>(env, 'CONFORMANCE_TRANSPORT', 'fetch'),
    runs: integer(env, 'CONFORMANCE_RUNS', 100),
    exactlyOnceCopies: integer(env, 'CONFORMANCE_EXACTLY_ONCE_N', 8),
    seed: integer(env, SEED_VAR, randomInt(0, 2 ** 31 - 1)),
    replayPath: env['CONFORMANCE_REPLAY_PATH'] ? checkValue('CONFORMANCE_REPLAY_PATH', env['CONFORMANCE_REPLAY_PATH']) : undefined,
    runId,
    concurrency: integer(env, 'CONFORMANCE_CONCURRENCY', 8),
    rps: integer(env, 'CONFORMANCE_RPS', 0),
    requestTimeoutMs: integer(env, 'CONFORMANCE_TIMEOUT_MS', 10_000),
    specPath,
    profilePath: env['CONFORMANCE_PROFILE'] ? resolve(env['CONFORMANCE_PROFILE']) : undefined,
    reportDir,
    failOn: oneOf<SuiteConfig['failOn']>(env, 'CONFORMANCE_FAIL_ON', 'error'),
    dryRun: oneOf<'0' | '1'>(env, 'CONFORMANCE_DRY_RUN', '0') === '1',
    // The embedded emulator is on this machine: a proxy meant for the outside must not stand in between.
    proxy: external ? proxySettings(env) : undefined,
    record: recordFormats(env),
    selection: {
      checks: names(env, SELECTION_VARIABLES.checks),
      excludedChecks: names(env, SELECTION_VARIABLES.excludedChecks) ?? [],
      phases: names(env, SELECTION_VARIABLES.phases),
    },
    replayEnv: Object.fromEntries(
      REPLAYED_VARIABLES.flatMap((name) => {
        const value = env[name];
        return value ? [[name, PATH_VARIABLES.has(name) && !isSpecUrl(value) ? resolve(value) : value]] : [];
      }),
    ),
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
  checkValue(names.baseUrl, raw);
  return {
    kind: 'external',
    variables: names,
    baseUrl: raw.replace(/\/+$/, ''),
    apiToken: env[names.apiToken] || EMULATOR_DEFAULTS.token,
    extraHeaders: [],
    appId: env[names.appId] || EMULATOR_DEFAULTS.enabledAppId,
    disabledAppId: env[names.disabledAppId] || EMULATOR_DEFAULTS.disabledAppId,
    unknownAppId: env[names.unknownAppId] || `zz${runId}ref`,
    clientCertificate: parseClientCertificate(env, REFERENCE_CLIENT_CERTIFICATE),
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

function dotEnvNames(): ReadonlySet<string> {
  const file = resolve('.env');
  return existsSync(file) ? new Set(Object.keys(parseEnv(readFileSync(file, 'utf8')))) : new Set();
}

function integer(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  return Number(checkValue(name, raw));
}

function oneOf<T extends string>(env: Env, name: string, fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  return checkValue(name, raw) as T;
}

/** `raw` if it is a valid value of `name` (see VALUE_RULES); otherwise a ConfigError that says why. */
function checkValue(name: string, raw: string): string {
  const problem = invalidValue(name, raw);
  if (problem !== undefined) throw new ConfigError(problem);
  return raw;
}

function wholeNumber(min: number, max: number): ValueRule {
  return {
    problem: (raw) => {
      const value = Number(raw);
      return Number.isInteger(value) && value >= min && value <= max && raw.trim() !== ''
        ? undefined
        : `is not valid: expected a whole number from ${min} to ${max}.`;
    },
    echo: true,
  };
}

function recordFormats(env: Env): RecordFormat[] {
  const given = names(env, 'CONFORMANCE_RECORD') ?? [];
  const unknown = given.filter((f) => !RECORD_FORMATS.includes(f as RecordFormat));
  if (unknown.length > 0) throw new ConfigError(`CONFORMANCE_RECORD (--record): unknown ${unknown.join(', ')}; valid: ${RECORD_FORMATS.join(', ')}.`);
  return [...new Set(given)] as RecordFormat[];
}

/** A comma-separated list of names, or undefined when the variable is unset. */
function names(env: Env, name: string): string[] | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  return checkValue(name, raw)
    .split(',')
    .map((n) => n.trim());
}

function commaList(): ValueRule {
  return {
    problem: (raw) =>
      /^\s*[a-z_]+\s*(,\s*[a-z_]+\s*)*$/.test(raw) ? undefined : 'is not valid: expected names separated by commas, e.g. status_documented,conflict.',
    echo: true,
  };
}

function oneOfValues(allowed: readonly string[]): ValueRule {
  return { problem: (raw) => (allowed.includes(raw) ? undefined : `is not valid: expected one of ${allowed.join(', ')}.`), echo: true };
}

function httpUrl(tokenVariable: string): ValueRule {
  return {
    problem: (raw) => {
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        return 'is not a URL (expected e.g. https://api.prelude.dev).';
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return `must be an http(s) URL, got ${url.protocol}`;
      if (url.username || url.password) return `must not embed credentials; put the token in ${tokenVariable}.`;
      return undefined;
    },
    echo: false,
  };
}

/**
 * The environment a child process (the CLI's Playwright run) starts from, plus `overrides`, minus
 * `unset` (a replay drops the replayed variables the run did not set, so the caller's own cannot leak in).
 */
export function childEnvironment(overrides: Readonly<Record<string, string>>, unset: readonly string[] = []): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of unset) delete env[name];
  return { ...env, ...overrides };
}

/** The value of a variable named at run time (`--token-env NAME`). */
export function variableNamed(name: string): string | undefined {
  return process.env[name];
}

function missing(name: string, what: string): never {
  throw new ConfigError(`${name} is not set: with PRELUDE_BASE_URL set, the suite needs ${what}.`);
}
