/** One `run` flag and the configuration variable it sets (DESIGN.md's fixed interface). */
export interface RunFlag {
  readonly flag: string;
  readonly variable: string;
  readonly value: string;
  readonly description: string;
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
  { flag: 'disabled-app-id', variable: 'PRELUDE_DISABLED_APP_ID', value: 'ID', description: 'an app with session management disabled (unset: 403 checks skipped)' },
  { flag: 'unknown-app-id', variable: 'PRELUDE_UNKNOWN_APP_ID', value: 'ID', description: 'an app id that does not exist (default: a fresh random one)' },
  { flag: 'runs', variable: 'CONFORMANCE_RUNS', value: 'N', description: 'generated cases per property (default 100)' },
  { flag: 'seed', variable: 'CONFORMANCE_SEED', value: 'N', description: 'the run seed (default: random, always printed)' },
  { flag: 'replay-path', variable: 'CONFORMANCE_REPLAY_PATH', value: 'PATH', description: 'with --seed: replay one failing case' },
  { flag: 'concurrency', variable: 'CONFORMANCE_CONCURRENCY', value: 'N', description: 'requests in flight per worker (default 8)' },
  { flag: 'rps', variable: 'CONFORMANCE_RPS', value: 'N', description: 'requests per second ceiling, 0 = none (default 0)' },
  { flag: 'timeout-ms', variable: 'CONFORMANCE_TIMEOUT_MS', value: 'MS', description: 'per-request timeout (default 10000)' },
  { flag: 'spec', variable: 'CONFORMANCE_SPEC', value: 'FILE', description: 'another version of the OpenAPI document' },
  { flag: 'profile', variable: 'CONFORMANCE_PROFILE', value: 'FILE', description: 'JSON overrides of the profile (assumptions the spec leaves open)' },
  { flag: 'report-dir', variable: 'CONFORMANCE_REPORT_DIR', value: 'DIR', description: 'where reports are written (default ./reports)' },
  { flag: 'fail-on', variable: 'CONFORMANCE_FAIL_ON', value: 'error|warning', description: 'lowest finding severity that fails the run (default error)' },
];
