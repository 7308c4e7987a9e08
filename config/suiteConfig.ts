import { randomBytes, randomInt } from 'node:crypto';
import { resolve } from 'node:path';
import type { CheckLevel } from '../vocabulary/Finding.ts';
import { settingReader } from './_internals/settingReader.ts';
import { ConfigError } from './ConfigError.ts';
import { readConfigSources, type Env, type Origin } from './configSources.ts';
import { isSpecUrl } from './fetchSpecOnce.ts';
import { proxySettings, type ProxySettings } from './proxySettings.ts';
import { recordFormats, type RecordFormat } from './recordFormats.ts';
import { baselineSettings, parseReportConfig } from './reportConfig.ts';
import { parseRequestIdHeader } from './requestIdHeader.ts';
import { REPLAYED_SETTINGS } from './settings.ts';
import { parseTarget, type TargetConfig } from './targetConfig.ts';
import { unknownVariables } from './variableProblems.ts';

/** How requests reach the target: the suite's own HTTP client (`fetch`: undici, the engine of Node's fetch), or the official SDK (`@prelude.so/sdk`) through a recording proxy. */
export type TransportKind = 'fetch' | 'sdk';

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
   * REPLAYED_SETTINGS): set explicitly, no secret among them, paths made absolute.
   */
  readonly replayEnv: Readonly<Record<string, string>>;
}

/** Names as given on the command line or in the variables; undefined: all of them. */
export interface Selection {
  readonly checks: readonly string[] | undefined;
  readonly excludedChecks: readonly string[];
  readonly phases: readonly string[] | undefined;
}

let cached: SuiteConfig | undefined;

/**
 * Reads the configuration from every source (see `readConfigSources`: flags, the environment,
 * `.env`, the configuration file), once per process until `forgetLoadedSuiteConfig`.
 */
export function loadSuiteConfig(): SuiteConfig {
  if (cached === undefined) {
    const sources = readConfigSources(process.env);
    cached = parseSuiteConfig(sources.env, sources.origins, sources.file);
  }
  return cached;
}

/** The next `loadSuiteConfig` reads every source again: a value was just shared through the environment (see sharedWithWorkers.ts). */
export function forgetLoadedSuiteConfig(): void {
  cached = undefined;
}

/**
 * The configuration of `env` (every source merged, see `readConfigSources`); `origins` says where
 * each value came from, so that messages name it as the user gave it.
 */
export function parseSuiteConfig(env: Env, origins: ReadonlyMap<string, Origin> = new Map(), file?: string): SuiteConfig {
  const unknown = unknownVariables(env, origins);
  if (unknown.length > 0) throw new ConfigError(unknown.join('\n'));
  const read = settingReader(env, origins);
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
      REPLAYED_SETTINGS.flatMap((s) => {
        const value = env[s.variable];
        return value ? [[s.variable, s.type.isPath === true && !isSpecUrl(value) ? resolve(value) : value]] : [];
      }),
    ),
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
