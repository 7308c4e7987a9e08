/** One `run` flag and the configuration variable it sets (a fixed interface: CI pipelines depend on the names; docs/configuration.md). */
export interface RunFlag {
  readonly flag: string;
  readonly variable: string;
  readonly value: string;
  readonly description: string;
  /** Repeatable: the values are joined with newlines into the variable. */
  readonly multiple?: true;
}

/**
 * Every configuration variable as a flag. `--help` is printed from this table, and a flag sets its
 * variable for the run, so flags and variables can never drift apart. The token is the exception:
 * it is never a flag (it would land in shell history and process lists); `--token-env` names the
 * variable that holds it.
 */
export const RUN_FLAGS: readonly RunFlag[] = [
  { flag: 'base-url', variable: 'PRELUDE_BASE_URL', value: 'URL', description: 'target base URL (default: start the embedded emulator)' },
  { flag: 'app-id', variable: 'PRELUDE_APP_ID', value: 'ID', description: "an app with session management enabled (default: the emulator's)" },
  {
    flag: 'disabled-app-id',
    variable: 'PRELUDE_DISABLED_APP_ID',
    value: 'ID',
    description: 'an app with session management disabled (unset: 403 checks skipped)',
  },
  { flag: 'unknown-app-id', variable: 'PRELUDE_UNKNOWN_APP_ID', value: 'ID', description: 'an app id that does not exist (default: a fresh random one)' },
  { flag: 'runs', variable: 'CONFORMANCE_RUNS', value: 'N', description: 'generated cases per property (default 100)' },
  { flag: 'seed', variable: 'CONFORMANCE_SEED', value: 'N', description: 'the run seed (default: random, always printed)' },
  { flag: 'replay-path', variable: 'CONFORMANCE_REPLAY_PATH', value: 'PATH', description: 'with --seed: replay one failing case' },
  { flag: 'concurrency', variable: 'CONFORMANCE_CONCURRENCY', value: 'N', description: 'requests in flight per worker (default 8)' },
  { flag: 'rps', variable: 'CONFORMANCE_RPS', value: 'N', description: 'requests per second ceiling, 0 = none (default 0)' },
  { flag: 'timeout-ms', variable: 'CONFORMANCE_TIMEOUT_MS', value: 'MS', description: 'per-request timeout (default 10000)' },
  {
    flag: 'spec',
    variable: 'CONFORMANCE_SPEC',
    value: 'FILE|URL',
    description: 'another version of the OpenAPI document: a file, or an https URL fetched once (YAML, or a docs page embedding it)',
  },
  { flag: 'profile', variable: 'CONFORMANCE_PROFILE', value: 'FILE', description: 'JSON overrides of the profile (assumptions the spec leaves open)' },
  { flag: 'report-dir', variable: 'CONFORMANCE_REPORT_DIR', value: 'DIR', description: 'where reports are written (default ./reports)' },
  {
    flag: 'transport',
    variable: 'CONFORMANCE_TRANSPORT',
    value: 'fetch|sdk',
    description: 'send requests with fetch, or through the official SDK (default fetch)',
  },
  {
    flag: 'client-cert',
    variable: 'CONFORMANCE_CLIENT_CERT',
    value: 'FILE',
    description: 'mutual TLS: client certificate (PEM, with its chain) presented to the target (default: none)',
  },
  { flag: 'client-key', variable: 'CONFORMANCE_CLIENT_KEY', value: 'FILE', description: "the client certificate's private key (PEM)" },
  {
    flag: 'reference-url',
    variable: 'PRELUDE_REFERENCE_URL',
    value: 'URL',
    description: 'differential run: a second target every case is also sent to (default: none)',
  },
  { flag: 'reference-app-id', variable: 'PRELUDE_REFERENCE_APP_ID', value: 'ID', description: "the reference's enabled app (default: the emulator's)" },
  {
    flag: 'reference-disabled-app-id',
    variable: 'PRELUDE_REFERENCE_DISABLED_APP_ID',
    value: 'ID',
    description: "the reference's disabled app (default: the emulator's)",
  },
  {
    flag: 'reference-unknown-app-id',
    variable: 'PRELUDE_REFERENCE_UNKNOWN_APP_ID',
    value: 'ID',
    description: 'an app id the reference does not know (default: a fresh random one)',
  },
  {
    flag: 'reference-client-cert',
    variable: 'PRELUDE_REFERENCE_CLIENT_CERT',
    value: 'FILE',
    description: "the reference's own client certificate (PEM), if it is behind mutual TLS (default: none)",
  },
  {
    flag: 'reference-client-key',
    variable: 'PRELUDE_REFERENCE_CLIENT_KEY',
    value: 'FILE',
    description: "the private key of the reference's client certificate",
  },
  { flag: 'dry-run', variable: 'CONFORMANCE_DRY_RUN', value: '0|1', description: '1: print the planned cases, send nothing (default 0)' },
  { flag: 'fail-on', variable: 'CONFORMANCE_FAIL_ON', value: 'error|warning', description: 'lowest finding severity that fails the run (default error)' },
  {
    flag: 'header',
    variable: 'CONFORMANCE_HEADERS',
    value: "'NAME: VALUE'",
    description: "an extra header on every request, repeatable; 'NAME: $VAR' reads the value from VAR and redacts it like the token",
    multiple: true,
  },
  {
    flag: 'record',
    variable: 'CONFORMANCE_RECORD',
    value: 'har,ndjson',
    description: 'write every exchange (redacted) to reports/exchanges.har and/or exchanges.ndjson',
  },
  { flag: 'checks', variable: 'CONFORMANCE_CHECKS', value: 'IDS', description: 'only these checks judge (comma-separated check ids; default: all)' },
  { flag: 'exclude-checks', variable: 'CONFORMANCE_EXCLUDE_CHECKS', value: 'IDS', description: 'these checks do not judge (comma-separated check ids)' },
  {
    flag: 'phases',
    variable: 'CONFORMANCE_PHASES',
    value: 'NAMES',
    description: 'only these phases run: valid, negative, boundary, hostile, methods, semantics, model (default: all)',
  },
];

/**
 * Tokens and key passphrases are never flags: each of these names the variable that holds one, and the run gets it
 * under the configuration variable.
 */
export const TOKEN_FLAGS: readonly Omit<RunFlag, 'value'>[] = [
  { flag: 'token-env', variable: 'API_TOKEN', description: 'variable holding the bearer token (default API_TOKEN)' },
  {
    flag: 'reference-token-env',
    variable: 'PRELUDE_REFERENCE_API_TOKEN',
    description: "variable holding the reference's token (default PRELUDE_REFERENCE_API_TOKEN)",
  },
  {
    flag: 'client-key-passphrase-env',
    variable: 'CONFORMANCE_CLIENT_KEY_PASSPHRASE',
    description: 'variable holding the passphrase of an encrypted --client-key (default CONFORMANCE_CLIENT_KEY_PASSPHRASE)',
  },
  {
    flag: 'reference-client-key-passphrase-env',
    variable: 'PRELUDE_REFERENCE_CLIENT_KEY_PASSPHRASE',
    description: 'variable holding the passphrase of an encrypted --reference-client-key (default PRELUDE_REFERENCE_CLIENT_KEY_PASSPHRASE)',
  },
];
