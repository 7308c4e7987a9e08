/** What one variable the suite reads means, for docs/configuration.md (generated from this table). */
export interface VariableDescription {
  readonly name: string;
  readonly meaning: string;
  /** What applies when it is unset (or empty). */
  readonly default: string;
}

/**
 * Every variable the suite reads, described: `npm run docs:generate` writes docs/configuration.md's
 * table from it, and a test keeps its `CONFORMANCE_*` / `PRELUDE_*` names equal to KNOWN_VARIABLES
 * (suiteConfig.ts) and its numeric defaults equal to what the configuration falls back to.
 */
export const VARIABLE_DESCRIPTIONS: readonly VariableDescription[] = [
  { name: 'PRELUDE_BASE_URL', meaning: 'target base URL, http(s), without credentials in it', default: 'unset: start the embedded emulator' },
  {
    name: 'API_TOKEN',
    meaning: "the target's bearer token; required with `PRELUDE_BASE_URL`; never printed or written (curl lines read `$API_TOKEN`)",
    default: "the emulator's token",
  },
  { name: 'PRELUDE_APP_ID', meaning: 'an app with session management enabled; required with `PRELUDE_BASE_URL`', default: "the emulator's `54e9ujn`" },
  {
    name: 'PRELUDE_DISABLED_APP_ID',
    meaning: 'an app with session management disabled',
    default: "the emulator's `fvua38g`; against another target, unset means the 403 checks are skipped and the reports say so",
  },
  { name: 'PRELUDE_UNKNOWN_APP_ID', meaning: 'an app id that does not exist', default: 'a fresh one per run (`zz` + the run id)' },
  {
    name: 'PRELUDE_REFERENCE_URL',
    meaning: 'a second target for a differential run: every case is sent to both and the answers compared',
    default: 'unset: no differential run',
  },
  { name: 'PRELUDE_REFERENCE_API_TOKEN', meaning: "the reference's bearer token (never printed or written)", default: "the emulator's token" },
  { name: 'PRELUDE_REFERENCE_APP_ID', meaning: "the reference's enabled app", default: "the emulator's `54e9ujn`" },
  { name: 'PRELUDE_REFERENCE_DISABLED_APP_ID', meaning: "the reference's disabled app", default: "the emulator's `fvua38g`" },
  { name: 'PRELUDE_REFERENCE_UNKNOWN_APP_ID', meaning: 'an app id the reference does not know', default: 'a fresh one per run' },
  {
    name: 'PRELUDE_REFERENCE_CLIENT_CERT',
    meaning: "the reference's own client certificate (PEM file), if it too is behind mutual TLS; the target's is never presented to it",
    default: 'none',
  },
  { name: 'PRELUDE_REFERENCE_CLIENT_KEY', meaning: "the private key of the reference's client certificate (PEM file)", default: 'none' },
  { name: 'PRELUDE_REFERENCE_CLIENT_KEY_PASSPHRASE', meaning: "the passphrase of the reference's client key (never printed or written)", default: 'none' },
  { name: 'CONFORMANCE_RUNS', meaning: 'generated cases per property (1 to 1000000)', default: '100' },
  { name: 'CONFORMANCE_EXACTLY_ONCE_N', meaning: 'identical creates sent at once by the `exactly_once` property (2 to 256)', default: '8' },
  { name: 'CONFORMANCE_SEED', meaning: "the run's seed; every run prints it", default: 'random' },
  { name: 'CONFORMANCE_REPLAY_PATH', meaning: 'with the seed: replay one failing case (a fast-check path, printed with each failure)', default: 'unset' },
  { name: 'CONFORMANCE_CONCURRENCY', meaning: 'requests in flight per worker (1 to 256)', default: '8' },
  { name: 'CONFORMANCE_RPS', meaning: 'requests per second ceiling; above 0 the run uses one worker', default: '0 (unlimited)' },
  { name: 'CONFORMANCE_TIMEOUT_MS', meaning: 'per-request timeout (100 to 600000)', default: '10000' },
  {
    name: 'CONFORMANCE_SPEC',
    meaning:
      'another version of the OpenAPI document (YAML, or a docs page embedding it): a file, or an https URL fetched once per run into `<report dir>/spec/`',
    default: '`spec/openapi.yaml`',
  },
  { name: 'CONFORMANCE_PROFILE', meaning: 'a JSON file overriding the profile (see below)', default: 'the built-in profile' },
  { name: 'CONFORMANCE_REPORT_DIR', meaning: 'where reports go', default: '`reports/` (`reports/replay/` when `CONFORMANCE_REPLAY_PATH` is set)' },
  {
    name: 'CONFORMANCE_TRANSPORT',
    meaning: "`fetch` (the suite's own HTTP client, undici), or `sdk`: send through the official SDK ([fidelity](fidelity.md))",
    default: '`fetch`',
  },
  { name: 'CONFORMANCE_FAIL_ON', meaning: 'lowest finding severity that fails the run: `error` or `warning`', default: '`error`' },
  {
    name: 'CONFORMANCE_DRY_RUN',
    meaning: '`1`: print the planned cases and send nothing, not even the preflight (verdict `PLAN`, exit code 3)',
    default: '`0`',
  },
  { name: 'CONFORMANCE_CHECKS', meaning: 'only these checks judge (comma-separated [check ids](checks.md)); an unknown id is exit code 2', default: 'all' },
  { name: 'CONFORMANCE_EXCLUDE_CHECKS', meaning: 'these checks do not judge (comma-separated check ids)', default: 'none' },
  { name: 'CONFORMANCE_PHASES', meaning: 'only these [phases](checks.md#phases) run (comma-separated); the reports say what was left out', default: 'all' },
  {
    name: 'CONFORMANCE_HEADERS',
    meaning: 'extra headers on every request, one `Name: value` per line; `Name: $VAR` reads the value from `VAR` and redacts it like the token',
    default: 'none',
  },
  {
    name: 'CONFORMANCE_CLIENT_CERT',
    meaning:
      'mutual TLS: the client certificate (PEM file: the certificate, then any intermediates) presented to the target by every request (preflight, fetch, the SDK transport); needs `CONFORMANCE_CLIENT_KEY` ([mutual TLS](#mutual-tls))',
    default: 'none',
  },
  {
    name: 'CONFORMANCE_CLIENT_KEY',
    meaning: "the client certificate's private key (PEM file, possibly encrypted); checked against the certificate at start-up",
    default: 'none',
  },
  {
    name: 'CONFORMANCE_CLIENT_KEY_PASSPHRASE',
    meaning: 'the passphrase of an encrypted `CONFORMANCE_CLIENT_KEY`; a secret: never printed or written',
    default: 'none',
  },
  {
    name: 'CONFORMANCE_RECORD',
    meaning: '`har`, `ndjson` or both: every exchange, redacted, to `exchanges.har` / `exchanges.ndjson` beside the reports',
    default: 'none',
  },
  {
    name: 'CONFORMANCE_RUN_ID',
    meaning: 'set by the suite for its worker processes (the run id identities carry); not meant to be set by hand',
    default: 'random per run',
  },
  {
    name: 'CONFORMANCE_EMULATOR_URL',
    meaning: 'set by the runner for its workers once it serves the embedded emulator; not meant to be set by hand',
    default: 'set by the suite',
  },
  {
    name: 'CONFORMANCE_PROGRESS_RECORDS',
    meaning: 'set by the console reporter for the workers whose progress it reads; not meant to be set by hand',
    default: 'set by the suite',
  },
  {
    name: 'HTTPS_PROXY, HTTP_PROXY, NO_PROXY',
    meaning:
      'proxies for an external target (either case; `NO_PROXY` as in curl); the embedded emulator is always reached directly; requests of the SDK transport go through them too; a private CA via `NODE_EXTRA_CA_CERTS`, set before the command starts',
    default: 'direct',
  },
  {
    name: 'NO_COLOR, FORCE_COLOR',
    meaning:
      'console colours, on a terminal only by default: `NO_COLOR` (any non-empty value) turns them off everywhere and wins; `FORCE_COLOR=1` turns them on off a terminal, `0` off. On a terminal the run keeps one progress line rewritten in place; off a terminal (a CI log) it prints that line every 5 s',
    default: 'colours on a terminal',
  },
  { name: 'GITHUB_STEP_SUMMARY', meaning: 'set by GitHub Actions: `conformance.md` is appended to it', default: 'unset' },
];
