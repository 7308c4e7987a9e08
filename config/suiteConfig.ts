import { randomBytes, randomInt } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EMULATOR_DEFAULTS } from '../emulator/emulatorDefaults.ts';
import { DEFAULT_SPEC_PATH } from '../spec/defaultSpecPath.ts';
import type { CheckLevel } from '../vocabulary/Finding.ts';
import {
  parseClientCertificate,
  REFERENCE_CLIENT_CERTIFICATE,
  TARGET_CLIENT_CERTIFICATE,
  type ClientCertificate,
  type ClientCertificateSettings,
} from './clientCertificate.ts';
import { closestName } from './closestName.ts';
import { ConfigError } from './ConfigError.ts';
import { nameAsGiven, readConfigSources, type Env, type Origin } from './configSources.ts';
import { parseExtraHeaders, type ExtraHeader } from './extraHeaders.ts';
import { fetchSpecOnce, isSpecUrl } from './fetchSpecOnce.ts';
import { parseRequestIdHeader } from './requestIdHeader.ts';
import { KNOWN_VARIABLES, setting, settingOfVariable, SETTINGS, type SettingKey } from './settings.ts';

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

/**
 * How messages name each setting of one target, as the user gave it (`--app-id`, `PRELUDE_APP_ID`,
 * `"appId" in conformance.config.json`; for the token, the variable that holds it): the target
 * under test, or the reference of a differential run.
 */
export interface TargetVariables {
  readonly baseUrl: string;
  readonly apiToken: string;
  readonly appId: string;
  readonly disabledAppId: string;
  readonly unknownAppId: string;
}

/** The settings of each target, by key (see settings.ts). */
const TARGET_KEYS = {
  target: {
    baseUrl: 'baseUrl',
    tokenEnv: 'tokenEnv',
    appId: 'appId',
    disabledAppId: 'disabledAppId',
    unknownAppId: 'unknownAppId',
    passphraseEnv: 'clientKeyPassphraseEnv',
  },
  reference: {
    baseUrl: 'referenceUrl',
    passphraseEnv: 'referenceClientKeyPassphraseEnv',
    tokenEnv: 'referenceTokenEnv',
    appId: 'referenceAppId',
    disabledAppId: 'referenceDisabledAppId',
    unknownAppId: 'referenceUnknownAppId',
  },
} as const satisfies Record<string, Record<string, SettingKey>>;

/** How requests reach the target: the suite's own HTTP client (`fetch`: undici, the engine of Node's fetch), or the official SDK (`@prelude.so/sdk`) through a recording proxy. */
export type TransportKind = 'fetch' | 'sdk';

/** The target under test. `apiToken` is a secret: never print it, never write it to a report. */
export interface TargetConfig {
  readonly kind: 'emulator' | 'external';
  /** How messages name its settings, as the user gave them (for the token: the variable holding it). */
  readonly variables: TargetVariables;
  /** The app settings with their values, as messages show them: `PRELUDE_APP_ID=nope`, `--app-id nope`. */
  readonly given: Pick<TargetVariables, 'appId' | 'disabledAppId'>;
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
  /** How messages name this target's certificate settings (to say what to set when it refuses the handshake). */
  readonly clientCertificateSettings: ClientCertificateSettings;
}

/** Everything a run is parameterised by; see docs/configuration.md (generated from settings.ts). */
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
  /** `--profile`, `CONFORMANCE_PROFILE`, …: how messages about the profile name it. */
  readonly profileNamed: string;
  /** The configuration file read, if any (the run's header names it). */
  readonly configFile: string | undefined;
  /** Severities set check by check (`--severity`), over the profile's; `off`: the check does not judge. */
  readonly severity: Readonly<Record<string, CheckLevel>>;
  /** The file of accepted findings (`--baseline`), if any. */
  readonly baselinePath: string | undefined;
  /** `--baseline`, `CONFORMANCE_BASELINE`, …: how messages about the baseline name it. */
  readonly baselineNamed: string;
  /** `--update-baseline`: write the baseline file from this run's findings; none of them fails it. */
  readonly updateBaseline: boolean;
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
  /**
   * `--checks-module`: a module of the user's own checks (absolute), judged beside the built-in
   * ones; the runner loads and validates it (`loadCustomChecks`), since only it can import code.
   */
  readonly checksModulePath: string | undefined;
  /** The header of each request's unique id (`CONFORMANCE_REQUEST_ID_HEADER`), sent with a `traceparent`; undefined: neither is sent. */
  readonly requestIdHeader: string | undefined;
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
  /** The baseline the run judged against (`--baseline`), and whether the reporter writes it anew (`--update-baseline`). */
  readonly baselinePath: string | undefined;
  readonly updateBaseline: boolean;
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

/** The variable of a setting. */
function variable(key: SettingKey): string {
  return setting(key).variable;
}

/**
 * The variables of this run's settings that a replay of one of its findings must set again: the
 * replayed settings (see settings.ts), never a secret; the seed, path and report directory are the
 * replay's own.
 */
export const REPLAYED_VARIABLES: readonly string[] = SETTINGS.filter((s) => s.replayed === true).map((s) => s.variable);

export { KNOWN_VARIABLES };

/**
 * Why `raw` is not a valid value of `name`, as one sentence naming it as the user gave it (a flag,
 * the variable, `.env` or the configuration file); undefined when it is valid.
 */
export function invalidValue(name: string, raw: string, origin?: Origin): string | undefined {
  const type = settingOfVariable(name)?.type;
  const problem = type?.problem(raw);
  if (type === undefined || problem === undefined) return undefined;
  return `${nameAsGiven(name, origin, type.echo ? JSON.stringify(raw) : undefined)} ${problem}`;
}

/**
 * The `CONFORMANCE_*` / `PRELUDE_*` names of `env` the suite does not read, each as one message with
 * a did-you-mean when a known name is near; `origins` names those that came from `.env`.
 */
export function unknownVariables(env: Env, origins: ReadonlyMap<string, Origin> = new Map()): string[] {
  return Object.keys(env)
    .filter((name) => /^(CONFORMANCE|PRELUDE)_/.test(name) && !KNOWN_VARIABLES.includes(name))
    .sort()
    .map((name) => {
      const where = origins.get(name)?.kind === '.env' ? ' (in .env)' : '';
      const near = closestName(name, KNOWN_VARIABLES);
      return near
        ? `unknown variable ${name}${where}; did you mean ${near}?`
        : `unknown variable ${name}${where}; the suite reads none of that name (see docs/configuration.md).`;
    });
}

let cached: SuiteConfig | undefined;

/**
 * Reads the configuration from every source (see `readConfigSources`: flags, the environment,
 * `.env`, the configuration file). This module is the only place that reads `process.env`.
 */
export function loadSuiteConfig(): SuiteConfig {
  if (cached === undefined) {
    const sources = readConfigSources(process.env);
    cached = parseSuiteConfig(sources.env, sources.origins, sources.file);
  }
  return cached;
}

/** The reporter's configuration (see `ReportConfig`). */
export function loadReportConfig(): ReportConfig {
  return parseReportConfig(readConfigSources(process.env).env);
}

/**
 * Called by the console reporter before any worker starts: workers inherit the setting and print
 * progress records for it to read. Without it (another reporter, a test running a property in
 * process) nobody reads them, so nobody prints them.
 */
export function listenForProgress(): void {
  process.env[variable('progressRecords')] = '1';
}

/** Whether a console reporter reads this process's progress records (see `listenForProgress`). */
export function progressIsListenedFor(): boolean {
  return process.env[variable('progressRecords')] === '1';
}

/**
 * Pins seed and run id in the environment, so that worker processes inherit the same values: the
 * seed as configured (a flag, the environment, `.env` or the file), else a random one.
 */
export function shareRunIdentity(): void {
  const configured = readConfigSources(process.env).env[variable('seed')];
  process.env[variable('seed')] ??= configured || String(randomInt(0, 2 ** 31 - 1));
  process.env[variable('runId')] ??= 'r' + randomBytes(4).toString('hex');
  cached = undefined;
}

/**
 * A spec given as a URL is fetched once, by the main process, and every process of the run (the
 * workers inherit the environment, the reporter reads it) then reads that local copy: one set of
 * bytes for the whole run, named by its sha256 in the reports. Returns the URL fetched, if any.
 */
export async function pinFetchedSpec(config: SuiteConfig): Promise<string | undefined> {
  if (!isSpecUrl(config.specPath)) return undefined;
  process.env[variable('spec')] = await fetchSpecOnce(config.specPath, join(config.reportDir, 'spec'));
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
  process.env[variable('emulatorUrl')] = url;
  cached = undefined;
}

/** Whether the embedded emulator must be started (no target configured). */
export function wantsEmbeddedEmulator(): boolean {
  return !readConfigSources(process.env).env[variable('baseUrl')];
}

export function parseReportConfig(env: Env): ReportConfig {
  const spec = env[variable('spec')];
  return {
    // A replay (a replay path set) never overwrites the full run's reports.
    reportDir: resolve(env[variable('reportDir')] || (env[variable('replayPath')] ? 'reports/replay' : 'reports')),
    // A URL stays a URL until `prepareRun` fetches it once (see `pinFetchedSpec`).
    specPath: spec && isSpecUrl(spec) ? spec : spec ? resolve(spec) : DEFAULT_SPEC_PATH,
    stepSummaryPath: env['GITHUB_STEP_SUMMARY'] || undefined,
    record: recordFormats(env),
    console: consoleSettings(env),
    ...baselineSettings(reader(env, new Map())),
  };
}

/** The baseline settings, shared by the run and its reporter (which also runs alone, in `merge-reports`). */
function baselineSettings(read: Reader): Pick<ReportConfig, 'baselinePath' | 'updateBaseline'> {
  return { baselinePath: read.path('baseline'), updateBaseline: read.text('updateBaseline', '0') === '1' };
}

/**
 * The configuration of `env` (every source merged, see `readConfigSources`); `origins` says where
 * each value came from, so that messages name it as the user gave it.
 */
export function parseSuiteConfig(env: Env, origins: ReadonlyMap<string, Origin> = new Map(), file?: string): SuiteConfig {
  const unknown = unknownVariables(env, origins);
  if (unknown.length > 0) throw new ConfigError(unknown.join('\n'));
  const read = reader(env, origins);
  const runId = read.text('runId') ?? 'r' + randomBytes(4).toString('hex');
  const external = read.text('baseUrl') !== undefined;
  const { specPath, reportDir } = parseReportConfig(env);
  return {
    target: parseTarget(read, 'target', external ? read.text('baseUrl')! : (read.text('emulatorUrl') ?? ''), `zz${runId}`),
    reference: read.text('referenceUrl') === undefined ? undefined : parseTarget(read, 'reference', read.text('referenceUrl')!, `zz${runId}ref`),
    transport: read.text('transport', 'fetch') as TransportKind,
    runs: read.integer('runs', 100),
    exactlyOnceCopies: read.integer('exactlyOnceCopies', 8),
    seed: read.integer('seed', randomInt(0, 2 ** 31 - 1)),
    replayPath: read.text('replayPath'),
    runId,
    concurrency: read.integer('concurrency', 8),
    rps: read.integer('rps', 0),
    requestTimeoutMs: read.integer('timeoutMs', 10_000),
    specPath,
    profilePath: read.path('profile'),
    profileNamed: read.name('profile'),
    reportDir,
    severity: parseLevels(read.text('severity')),
    ...baselineSettings(read),
    baselineNamed: read.name('baseline', read.text('baseline')),
    failOn: read.text('failOn', 'error') as SuiteConfig['failOn'],
    dryRun: read.text('dryRun', '0') === '1',
    // The embedded emulator is on this machine: a proxy meant for the outside must not stand in between.
    proxy: external ? proxySettings(env) : undefined,
    record: recordFormats(env),
    checksModulePath: read.path('checksModule'),
    requestIdHeader: parseRequestIdHeader(read.text('requestIdHeader')),
    selection: { checks: read.names('checks'), excludedChecks: read.names('excludeChecks') ?? [], phases: read.names('phases') },
    configFile: file,
    replayEnv: Object.fromEntries(
      SETTINGS.filter((s) => s.replayed === true).flatMap((s) => {
        const value = env[s.variable];
        return value ? [[s.variable, s.type.isPath === true && !isSpecUrl(value) ? resolve(value) : value]] : [];
      }),
    ),
  };
}

/**
 * One target's settings. The reference's token and app ids default to the embedded emulator's,
 * since the usual reference is an emulator (ours, or one of the same defaults) run beside the
 * target; each target's unknown app is fresh per run.
 */
function parseTarget(read: Reader, which: keyof typeof TARGET_KEYS, baseUrl: string, unknownAppId: string): TargetConfig {
  const keys = TARGET_KEYS[which];
  const external = which === 'reference' || read.text('baseUrl') !== undefined;
  // An external target has no defaults to fall back on; the reference has the emulator's.
  const required = which === 'target' && external;
  const named = read.text(keys.tokenEnv);
  const tokenVariable = named ?? (which === 'target' ? variable('apiToken') : variable('referenceApiToken'));
  // A variable named for the token must hold one, whatever the target: a typo must not fall back on the emulator's.
  if (named !== undefined && read.raw(named) === undefined) throw new ConfigError(`${read.name(keys.tokenEnv)} names ${named}, which is not set.`);
  // The passphrase is read from the variable --client-key-passphrase-env names, when it names one.
  const certificateSettings = which === 'target' ? TARGET_CLIENT_CERTIFICATE : REFERENCE_CLIENT_CERTIFICATE;
  const passphraseIn = read.text(keys.passphraseEnv);
  const certificate =
    passphraseIn === undefined ? certificateSettings : { ...certificateSettings, passphrase: { ...certificateSettings.passphrase, variable: passphraseIn } };
  const appId = read.text(keys.appId) ?? (required ? missing(read.name(keys.appId), 'an app with session management enabled') : EMULATOR_DEFAULTS.enabledAppId);
  const disabledAppId = read.text(keys.disabledAppId) ?? (required ? undefined : EMULATOR_DEFAULTS.disabledAppId);
  return {
    kind: external ? 'external' : 'emulator',
    variables: {
      baseUrl: read.name(keys.baseUrl),
      apiToken: tokenVariable,
      appId: read.name(keys.appId),
      disabledAppId: read.name(keys.disabledAppId),
      unknownAppId: read.name(keys.unknownAppId),
    },
    given: { appId: read.name(keys.appId, appId), disabledAppId: read.name(keys.disabledAppId, disabledAppId ?? '') },
    baseUrl: baseUrl.replace(/\/+$/, ''),
    apiToken: read.raw(tokenVariable) ?? (required ? missing(tokenVariable, 'the bearer token of the target') : EMULATOR_DEFAULTS.token),
    appId,
    disabledAppId,
    unknownAppId: read.text(keys.unknownAppId) ?? unknownAppId,
    extraHeaders: which === 'target' ? parseExtraHeaders(read.text('headers'), read.env) : [],
    clientCertificate: parseClientCertificate(read.env, certificate),
    clientCertificateSettings: certificate,
  };
}

/** How parseSuiteConfig reads a setting: empty is unset, a value is checked by its type, messages name it as given. */
interface Reader {
  readonly env: Env;
  /** A variable's value by name, unchecked (the token, whose variable is itself a setting). */
  raw(name: string): string | undefined;
  text(key: SettingKey): string | undefined;
  text(key: SettingKey, fallback: string): string;
  integer(key: SettingKey, fallback: number): number;
  names(key: SettingKey): string[] | undefined;
  path(key: SettingKey): string | undefined;
  /** The setting as the user gave it (`--profile`, `CONFORMANCE_PROFILE`, …), for messages; with `shown`, its value too. */
  name(key: SettingKey, shown?: string): string;
}

function reader(env: Env, origins: ReadonlyMap<string, Origin>): Reader {
  const raw = (name: string) => (env[name] === '' ? undefined : env[name]);
  function text(key: SettingKey): string | undefined;
  function text(key: SettingKey, fallback: string): string;
  function text(key: SettingKey, fallback?: string): string | undefined {
    const name = variable(key);
    const value = raw(name);
    if (value === undefined) return fallback;
    const problem = invalidValue(name, value, origins.get(name));
    if (problem !== undefined) throw new ConfigError(problem);
    return value;
  }
  return {
    env,
    raw,
    text,
    integer: (key, fallback) => Number(text(key) ?? fallback),
    names: (key) =>
      text(key)
        ?.split(',')
        .map((n) => n.trim()),
    path: (key) => {
      const value = text(key);
      return value === undefined ? undefined : resolve(value);
    },
    name: (key, shown) => nameAsGiven(variable(key), origins.get(variable(key)), shown),
  };
}

/** `check=level` pairs (commas or newlines between them), already checked by the setting's type. */
function parseLevels(raw: string | undefined): Readonly<Record<string, CheckLevel>> {
  if (raw === undefined) return {};
  return Object.fromEntries(
    raw
      .split(/[,\n]/)
      .filter((pair) => pair.trim() !== '')
      .map((pair) => pair.split('=').map((part) => part.trim()) as [string, CheckLevel]),
  );
}

/**
 * Where reports go, for commands that need nothing else of the configuration (`spec:diff`): they
 * must not fail on variables that only matter to a conformance run (e.g. a missing API_TOKEN).
 */
export function loadReportDir(): string {
  return loadReportConfig().reportDir;
}

function recordFormats(env: Env): RecordFormat[] {
  const raw = env[variable('record')];
  if (!raw) return [];
  const problem = invalidValue(variable('record'), raw);
  if (problem !== undefined) throw new ConfigError(problem);
  const given = raw.split(',').map((n) => n.trim());
  const unknown = given.filter((f) => !RECORD_FORMATS.includes(f as RecordFormat));
  if (unknown.length > 0) throw new ConfigError(`CONFORMANCE_RECORD (--record): unknown ${unknown.join(', ')}; valid: ${RECORD_FORMATS.join(', ')}.`);
  return [...new Set(given)] as RecordFormat[];
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
  throw new ConfigError(`${name} is not set: with a base URL set, the suite needs ${what}.`);
}
