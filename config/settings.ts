import { EMULATOR_DEFAULTS } from '../emulator/emulatorDefaults.ts';
import {
  commaList,
  fastCheckPath,
  httpUrl,
  levels,
  lines,
  oneOfValues,
  onOff,
  path,
  text,
  variableName,
  wholeNumber,
  type ValueType,
} from './_internals/valueTypes.ts';
import { requestIdHeaderName } from './requestIdHeader.ts';

/**
 * Where a setting may be given:
 * - `setting`: its variable, its flag (if it has one), `.env` and the configuration file;
 * - `command`: its variable, flag and `.env`, not the file (which file to read; an action of one run);
 * - `secret`: its variable and `.env` only: never a flag (shell history, process lists), never the
 *   file (it is committed), never a replay line; the `*TokenEnv` settings say which variable holds it;
 * - `internal`: set by the suite for its own processes;
 * - `ambient`: standard variables other tools read too (proxies, colours, CI): the environment's.
 */
export type SettingScope = 'setting' | 'command' | 'secret' | 'internal' | 'ambient';

/** One setting: its names everywhere, its value's type, its meaning and default as the docs show them. */
export interface Setting {
  /** Its key in the configuration file, and its name in code. */
  readonly key: string;
  /** Its environment variable (several, comma-separated, for an ambient group such as the proxies). */
  readonly variable: string;
  /** Its flag of `run`, without the dashes. */
  readonly flag?: string;
  readonly scope: SettingScope;
  readonly type: ValueType;
  /** One line: `--help` and the docs show it. */
  readonly meaning: string;
  /** What applies when it is unset (or empty), as the docs say it. */
  readonly default: string;
  /** More for the docs, after the meaning. */
  readonly details?: string;
  /**
   * A replay of one of the run's findings sets it again, as the run had it: it shapes where a case
   * is sent, how it is judged or how it was drawn. Never a secret.
   */
  readonly replayed?: true;
  /** A flag that may be given several times: the values are joined by newlines. */
  readonly repeatable?: true;
  /** A flag that takes no value: given, it sets `1`. */
  readonly switch?: true;
}

const PHASE_NAMES = 'valid, negative, boundary, hostile, methods, semantics, model';

/**
 * Every setting of the suite, in one table: the configuration reads its variables from it, the CLI
 * its flags, the configuration file its keys and JSON Schema, the replay line what it sets again,
 * messages the names the user actually used, and docs/configuration.md its table. Adding a
 * setting is one entry here plus its use.
 */
const TABLE = [
  {
    key: 'configFile',
    variable: 'CONFORMANCE_CONFIG',
    flag: 'config',
    scope: 'command',
    type: path('FILE'),
    meaning: 'the configuration file (JSON or YAML) to read',
    default: '`conformance.config.json`, `.yaml` or `.yml` in the current folder, if there is one',
  },
  {
    key: 'baseUrl',
    variable: 'PRELUDE_BASE_URL',
    flag: 'base-url',
    scope: 'setting',
    type: httpUrl('API_TOKEN (or the variable --token-env names)'),
    meaning: 'target base URL, http(s), without credentials in it',
    default: 'unset: start the embedded emulator',
    replayed: true,
  },
  {
    key: 'tokenEnv',
    variable: 'CONFORMANCE_TOKEN_ENV',
    flag: 'token-env',
    scope: 'setting',
    type: variableName,
    meaning: "the variable holding the target's bearer token",
    default: '`API_TOKEN`',
    details: 'curl and replay lines read the token from it (`$NAME`), and messages about the token name it',
    replayed: true,
  },
  {
    key: 'apiToken',
    variable: 'API_TOKEN',
    scope: 'secret',
    type: text('TOKEN'),
    meaning: "the target's bearer token (unless `--token-env` names another variable); required with a base URL",
    default: "the emulator's token",
    details: 'never printed or written: curl lines read `$API_TOKEN`',
  },
  {
    key: 'appId',
    variable: 'PRELUDE_APP_ID',
    flag: 'app-id',
    scope: 'setting',
    type: text('ID'),
    meaning: 'an app with session management enabled; required with a base URL',
    default: `the emulator's \`${EMULATOR_DEFAULTS.enabledAppId}\``,
    replayed: true,
  },
  {
    key: 'disabledAppId',
    variable: 'PRELUDE_DISABLED_APP_ID',
    flag: 'disabled-app-id',
    scope: 'setting',
    type: text('ID'),
    meaning: 'an app with session management disabled',
    default: `the emulator's \`${EMULATOR_DEFAULTS.disabledAppId}\`; against another target, unset means the 403 checks are skipped and the reports say so`,
    replayed: true,
  },
  {
    key: 'unknownAppId',
    variable: 'PRELUDE_UNKNOWN_APP_ID',
    flag: 'unknown-app-id',
    scope: 'setting',
    type: text('ID'),
    meaning: 'an app id that does not exist',
    default: 'a fresh one per run (`zz` + the run id)',
    replayed: true,
  },
  {
    key: 'referenceUrl',
    variable: 'PRELUDE_REFERENCE_URL',
    flag: 'reference-url',
    scope: 'setting',
    type: httpUrl('PRELUDE_REFERENCE_API_TOKEN (or the variable --reference-token-env names)'),
    meaning: 'a second target for a differential run: every case is sent to both and the answers compared',
    default: 'unset: no differential run',
    replayed: true,
  },
  {
    key: 'referenceTokenEnv',
    variable: 'CONFORMANCE_REFERENCE_TOKEN_ENV',
    flag: 'reference-token-env',
    scope: 'setting',
    type: variableName,
    meaning: "the variable holding the reference's bearer token",
    default: '`PRELUDE_REFERENCE_API_TOKEN`',
    replayed: true,
  },
  {
    key: 'referenceApiToken',
    variable: 'PRELUDE_REFERENCE_API_TOKEN',
    scope: 'secret',
    type: text('TOKEN'),
    meaning: "the reference's bearer token (unless `--reference-token-env` names another variable)",
    default: "the emulator's token",
    details: 'never printed or written',
  },
  {
    key: 'referenceAppId',
    variable: 'PRELUDE_REFERENCE_APP_ID',
    flag: 'reference-app-id',
    scope: 'setting',
    type: text('ID'),
    meaning: "the reference's enabled app",
    default: `the emulator's \`${EMULATOR_DEFAULTS.enabledAppId}\``,
    replayed: true,
  },
  {
    key: 'referenceDisabledAppId',
    variable: 'PRELUDE_REFERENCE_DISABLED_APP_ID',
    flag: 'reference-disabled-app-id',
    scope: 'setting',
    type: text('ID'),
    meaning: "the reference's disabled app",
    default: `the emulator's \`${EMULATOR_DEFAULTS.disabledAppId}\``,
    replayed: true,
  },
  {
    key: 'referenceUnknownAppId',
    variable: 'PRELUDE_REFERENCE_UNKNOWN_APP_ID',
    flag: 'reference-unknown-app-id',
    scope: 'setting',
    type: text('ID'),
    meaning: 'an app id the reference does not know',
    default: 'a fresh one per run',
    replayed: true,
  },
  {
    key: 'clientCert',
    variable: 'CONFORMANCE_CLIENT_CERT',
    flag: 'client-cert',
    scope: 'setting',
    type: path('FILE'),
    meaning: 'mutual TLS: the client certificate every request to the target presents (PEM, the certificate then its intermediates)',
    default: 'none',
    details: 'the preflight, the SDK transport and the properties present it; it needs `--client-key`',
    replayed: true,
  },
  {
    key: 'clientKey',
    variable: 'CONFORMANCE_CLIENT_KEY',
    flag: 'client-key',
    scope: 'setting',
    type: path('FILE'),
    meaning: "the client certificate's private key (PEM, may be encrypted), checked against the certificate at start-up",
    default: 'none',
    replayed: true,
  },
  {
    key: 'clientKeyPassphraseEnv',
    variable: 'CONFORMANCE_CLIENT_KEY_PASSPHRASE_ENV',
    flag: 'client-key-passphrase-env',
    scope: 'setting',
    type: variableName,
    meaning: "the variable holding an encrypted client key's passphrase",
    default: '`CONFORMANCE_CLIENT_KEY_PASSPHRASE`',
    replayed: true,
  },
  {
    key: 'clientKeyPassphrase',
    variable: 'CONFORMANCE_CLIENT_KEY_PASSPHRASE',
    scope: 'secret',
    type: text('PASSPHRASE'),
    meaning: "an encrypted client key's passphrase (unless `--client-key-passphrase-env` names another variable); redacted like the token",
    default: 'none',
  },
  {
    key: 'referenceClientCert',
    variable: 'PRELUDE_REFERENCE_CLIENT_CERT',
    flag: 'reference-client-cert',
    scope: 'setting',
    type: path('FILE'),
    meaning: "the reference's own client certificate (the target's is never presented to it)",
    default: 'none',
    replayed: true,
  },
  {
    key: 'referenceClientKey',
    variable: 'PRELUDE_REFERENCE_CLIENT_KEY',
    flag: 'reference-client-key',
    scope: 'setting',
    type: path('FILE'),
    meaning: "the private key of the reference's client certificate",
    default: 'none',
    replayed: true,
  },
  {
    key: 'referenceClientKeyPassphraseEnv',
    variable: 'CONFORMANCE_REFERENCE_CLIENT_KEY_PASSPHRASE_ENV',
    flag: 'reference-client-key-passphrase-env',
    scope: 'setting',
    type: variableName,
    meaning: "the variable holding the passphrase of the reference's client key",
    default: '`PRELUDE_REFERENCE_CLIENT_KEY_PASSPHRASE`',
    replayed: true,
  },
  {
    key: 'referenceClientKeyPassphrase',
    variable: 'PRELUDE_REFERENCE_CLIENT_KEY_PASSPHRASE',
    scope: 'secret',
    type: text('PASSPHRASE'),
    meaning: "the passphrase of the reference's client key (unless `--reference-client-key-passphrase-env` names another variable)",
    default: 'none',
  },
  {
    key: 'runs',
    variable: 'CONFORMANCE_RUNS',
    flag: 'runs',
    scope: 'setting',
    type: wholeNumber(1, 1_000_000),
    meaning: 'generated cases per property (1 to 1000000)',
    default: '100',
    replayed: true,
  },
  {
    key: 'exactlyOnceCopies',
    variable: 'CONFORMANCE_EXACTLY_ONCE_N',
    flag: 'exactly-once-n',
    scope: 'setting',
    type: wholeNumber(2, 256),
    meaning: 'identical creates sent at once by the `exactly_once` property (2 to 256)',
    default: '8',
    replayed: true,
  },
  {
    key: 'seed',
    variable: 'CONFORMANCE_SEED',
    flag: 'seed',
    scope: 'setting',
    type: wholeNumber(-(2 ** 31), 2 ** 31 - 1),
    meaning: "the run's seed; every run prints it",
    default: 'random',
  },
  {
    key: 'replayPath',
    variable: 'CONFORMANCE_REPLAY_PATH',
    flag: 'replay-path',
    scope: 'command',
    type: fastCheckPath,
    meaning: 'with the seed: replay one failing case (a fast-check path, printed with each failure)',
    default: 'unset',
  },
  {
    key: 'concurrency',
    variable: 'CONFORMANCE_CONCURRENCY',
    flag: 'concurrency',
    scope: 'setting',
    type: wholeNumber(1, 256),
    meaning: 'requests in flight per worker (1 to 256)',
    default: '8',
  },
  {
    key: 'rps',
    variable: 'CONFORMANCE_RPS',
    flag: 'rps',
    scope: 'setting',
    type: wholeNumber(0, 100_000),
    meaning: 'requests per second ceiling; above 0 the run uses one worker',
    default: '0 (unlimited)',
  },
  {
    key: 'timeoutMs',
    variable: 'CONFORMANCE_TIMEOUT_MS',
    flag: 'timeout-ms',
    scope: 'setting',
    type: wholeNumber(100, 600_000, 'MS'),
    meaning: 'per-request timeout in milliseconds (100 to 600000)',
    default: '10000',
    replayed: true,
  },
  {
    key: 'spec',
    variable: 'CONFORMANCE_SPEC',
    flag: 'spec',
    scope: 'setting',
    type: path('FILE|URL', { url: true }),
    meaning: 'another version of the OpenAPI document (YAML, or a docs page embedding it): a file, or an https URL',
    default: '`spec/openapi.yaml`',
    details: 'a URL is fetched once per run into `<report dir>/spec/`',
    replayed: true,
  },
  {
    key: 'profile',
    variable: 'CONFORMANCE_PROFILE',
    flag: 'profile',
    scope: 'setting',
    type: path('FILE'),
    meaning: 'a JSON file overriding the profile: assumptions the spec leaves open, severities of checks (see below)',
    default: 'the built-in profile',
    replayed: true,
  },
  {
    key: 'severity',
    variable: 'CONFORMANCE_SEVERITY',
    flag: 'severity',
    scope: 'setting',
    type: levels(['error', 'warning', 'off']),
    meaning: "a check's severity: `error`, `warning`, or `off` (it does not judge); repeatable",
    default: "each check's own ([checks](checks.md)); the profile's `severity` first",
    details: "overrides the profile's `severity` check by check; the reports list what was changed",
    replayed: true,
    repeatable: true,
  },
  {
    key: 'baseline',
    variable: 'CONFORMANCE_BASELINE',
    flag: 'baseline',
    scope: 'setting',
    type: path('FILE'),
    meaning: 'a file of accepted findings: known ones are reported and do not fail the run ([baselines](baselines.md))',
    default: 'none',
  },
  {
    key: 'updateBaseline',
    variable: 'CONFORMANCE_UPDATE_BASELINE',
    flag: 'update-baseline',
    scope: 'command',
    type: onOff,
    meaning: "write the baseline file from this run's findings (keeping the reasons and expiry dates of entries it still has)",
    default: 'off',
    switch: true,
  },
  {
    key: 'reportDir',
    variable: 'CONFORMANCE_REPORT_DIR',
    flag: 'report-dir',
    scope: 'setting',
    type: path('DIR'),
    meaning: 'where reports go',
    default: '`reports/` (`reports/replay/` when `CONFORMANCE_REPLAY_PATH` is set)',
  },
  {
    key: 'transport',
    variable: 'CONFORMANCE_TRANSPORT',
    flag: 'transport',
    scope: 'setting',
    type: oneOfValues(['fetch', 'sdk']),
    meaning: "`fetch` (the suite's own HTTP client, undici), or `sdk`: send through the official SDK ([fidelity](fidelity.md))",
    default: '`fetch`',
    replayed: true,
  },
  {
    key: 'failOn',
    variable: 'CONFORMANCE_FAIL_ON',
    flag: 'fail-on',
    scope: 'setting',
    type: oneOfValues(['error', 'warning']),
    meaning: 'lowest finding severity that fails the run: `error` or `warning` (notes never do)',
    default: '`error`',
    replayed: true,
  },
  {
    key: 'dryRun',
    variable: 'CONFORMANCE_DRY_RUN',
    flag: 'dry-run',
    scope: 'setting',
    type: onOff,
    meaning: '`1`: print the planned cases and send nothing, not even the preflight (verdict `PLAN`, exit code 3)',
    default: '`0`',
  },
  {
    key: 'checks',
    variable: 'CONFORMANCE_CHECKS',
    flag: 'checks',
    scope: 'setting',
    type: commaList('status_documented,conflict', 'IDS'),
    meaning: 'only these checks judge (comma-separated [check ids](checks.md)); an unknown id is exit code 2',
    default: 'all',
    replayed: true,
  },
  {
    key: 'excludeChecks',
    variable: 'CONFORMANCE_EXCLUDE_CHECKS',
    flag: 'exclude-checks',
    scope: 'setting',
    type: commaList('response_time', 'IDS'),
    meaning: 'these checks do not judge (comma-separated check ids)',
    default: 'none',
    replayed: true,
  },
  {
    key: 'phases',
    variable: 'CONFORMANCE_PHASES',
    flag: 'phases',
    scope: 'setting',
    type: commaList('valid,negative'),
    meaning: `only these [phases](checks.md#phases) run (comma-separated: ${PHASE_NAMES}); the reports say what was left out`,
    default: 'all',
    replayed: true,
  },
  {
    key: 'headers',
    variable: 'CONFORMANCE_HEADERS',
    flag: 'header',
    scope: 'setting',
    type: lines("'NAME: VALUE'"),
    meaning: 'an extra header on every request (repeatable; one `Name: value` per line in the variable)',
    default: 'none',
    details: '`Name: $VAR` reads the value from `VAR` and redacts it like the token',
    replayed: true,
    repeatable: true,
  },
  {
    key: 'record',
    variable: 'CONFORMANCE_RECORD',
    flag: 'record',
    scope: 'setting',
    type: commaList('har,ndjson', 'har,ndjson'),
    meaning: '`har`, `ndjson` or both: every exchange, redacted, to `exchanges.har` / `exchanges.ndjson` beside the reports',
    default: 'none',
  },
  {
    key: 'checksModule',
    variable: 'CONFORMANCE_CHECKS_MODULE',
    flag: 'checks-module',
    scope: 'setting',
    type: path('FILE'),
    meaning: 'a module of your own checks, judged beside the built-in ones ([custom checks](custom-checks.md))',
    default: 'none',
    replayed: true,
  },
  {
    key: 'requestIdHeader',
    variable: 'CONFORMANCE_REQUEST_ID_HEADER',
    flag: 'request-id-header',
    scope: 'setting',
    type: requestIdHeaderName,
    meaning:
      "the header of each request's unique id (a UUIDv4), sent with a W3C `traceparent` whose trace id one generated case or scenario shares; `none` sends neither ([finding it in the server's logs](reports.md#finding-a-finding-in-the-servers-logs))",
    default: '`X-Request-ID`',
    details: 'a `--header` of the same name wins',
    replayed: true,
  },
  {
    key: 'runId',
    variable: 'CONFORMANCE_RUN_ID',
    scope: 'internal',
    type: text('ID'),
    meaning: 'set by the suite for its worker processes (the run id identities carry); not meant to be set by hand',
    default: 'random per run',
  },
  {
    key: 'emulatorUrl',
    variable: 'CONFORMANCE_EMULATOR_URL',
    scope: 'internal',
    type: text('URL'),
    meaning: 'set by the runner for its workers once it serves the embedded emulator; not meant to be set by hand',
    default: 'set by the suite',
  },
  {
    key: 'progressRecords',
    variable: 'CONFORMANCE_PROGRESS_RECORDS',
    scope: 'internal',
    type: onOff,
    meaning: 'set by the console reporter for the workers whose progress it reads; not meant to be set by hand',
    default: 'set by the suite',
  },
  {
    key: 'givenFlags',
    variable: 'CONFORMANCE_GIVEN_FLAGS',
    scope: 'internal',
    type: text('FLAGS'),
    meaning: 'set by the `run` command: which settings came from flags, so messages name the flag typed; not meant to be set by hand',
    default: 'set by the suite',
  },
  {
    key: 'proxies',
    variable: 'HTTPS_PROXY, HTTP_PROXY, NO_PROXY',
    scope: 'ambient',
    type: text('URL'),
    meaning:
      'proxies for an external target (either case; `NO_PROXY` as in curl); the embedded emulator is always reached directly; requests of the SDK transport go through them too; a private CA via `NODE_EXTRA_CA_CERTS`, set before the command starts',
    default: 'direct',
  },
  {
    key: 'colours',
    variable: 'NO_COLOR, FORCE_COLOR',
    scope: 'ambient',
    type: text('VALUE'),
    meaning:
      'console colours, on a terminal only by default: `NO_COLOR` (any non-empty value) turns them off everywhere and wins; `FORCE_COLOR=1` turns them on off a terminal, `0` off. On a terminal the run keeps one progress line rewritten in place; off a terminal (a CI log) it prints that line every 5 s',
    default: 'colours on a terminal',
  },
  {
    key: 'stepSummary',
    variable: 'GITHUB_STEP_SUMMARY',
    scope: 'ambient',
    type: path('FILE'),
    meaning: 'set by GitHub Actions: `conformance.md` is appended to it',
    default: 'unset',
  },
] as const satisfies readonly Setting[];

export const SETTINGS: readonly Setting[] = TABLE;

/** The name of a setting in code and in the configuration file. */
export type SettingKey = (typeof TABLE)[number]['key'];

const BY_KEY: ReadonlyMap<string, Setting> = new Map(SETTINGS.map((s) => [s.key, s]));

/** The setting of `key` (every key of SettingKey has one). */
export function setting(key: SettingKey): Setting {
  return BY_KEY.get(key)!;
}

const BY_VARIABLE: ReadonlyMap<string, Setting> = new Map(SETTINGS.map((s) => [s.variable, s]));

/** The setting a variable holds, if the suite reads it: how the flags, file keys and rules of a variable are found. */
export function settingOfVariable(name: string): Setting | undefined {
  return BY_VARIABLE.get(name);
}

/** The settings the configuration file may hold. */
export const FILE_SETTINGS: readonly Setting[] = SETTINGS.filter((s) => s.scope === 'setting');

/** The settings a flag of `run` may set. */
export const FLAG_SETTINGS: readonly (Setting & { readonly flag: string })[] = SETTINGS.filter(
  (s): s is Setting & { readonly flag: string } => s.flag !== undefined,
);

/**
 * Every `CONFORMANCE_*` and `PRELUDE_*` variable the suite reads. Any other name with these
 * prefixes is a typo or a leftover, and a silently ignored setting is a run that tests something
 * else than its author thinks: an error.
 */
export const KNOWN_VARIABLES: readonly string[] = SETTINGS.map((s) => s.variable).filter((name) => /^(CONFORMANCE|PRELUDE)_/.test(name));

/**
 * The settings a replay of one of the run's findings sets again, as the run had them (see
 * `Setting.replayed`): never a secret; the seed, path and report directory are the replay's own.
 */
export const REPLAYED_SETTINGS: readonly Setting[] = SETTINGS.filter((s) => s.replayed === true);

/** The variables of the replayed settings: a replay unsets those the run did not set, so the caller's own cannot leak in. */
export const REPLAYED_VARIABLES: readonly string[] = REPLAYED_SETTINGS.map((s) => s.variable);

/** A setting's variable and flag, for a message that cannot know which of them was used: `PRELUDE_APP_ID (--app-id)`. */
export function bothNames(key: SettingKey): string {
  const { variable, flag } = setting(key);
  return flag === undefined ? variable : `${variable} (--${flag})`;
}
