#!/usr/bin/env node
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ConfigError } from '../config/ConfigError.ts';
import { childEnvironment } from '../config/childEnvironment.ts';
import { PACKAGE_ROOT } from '../config/packageRoot.ts';
import { FLAG_SETTINGS, REPLAYED_VARIABLES, setting } from '../config/settings.ts';
import { suiteVersion } from '../config/suiteVersion.ts';
import { invalidValue } from '../config/variableProblems.ts';
import { EXIT_CODES, type ExitCode } from '../vocabulary/exitCodes.ts';
import { replayInvocation, type ReplayInvocation } from './replayInvocation.ts';

// Compiled to dist/cli/main.js for the package; run as TypeScript (via tsx) in this repository.
const EXTENSION = fileURLToPath(import.meta.url).endsWith('.ts') ? '.ts' : '.js';
const LOADER = EXTENSION === '.ts' ? ['--import', 'tsx'] : [];

/**
 * Commands that are programs of their own in this package, with their own --help and exit codes:
 * the package runs them as they are, so they behave as their npm scripts do in the repository.
 */
const FORWARDED: Readonly<Record<string, { readonly program: string; readonly args: string; readonly summary: string }>> = {
  emulator: { program: 'emulator/main', args: '[options]', summary: 'serve the reference emulator (see: emulator --help)' },
  'spec-diff': {
    program: 'specdiff/main',
    args: '<old> <new>',
    summary: 'what changed in the operation between two OpenAPI documents (see: spec-diff --help)',
  },
  'report-diff': { program: 'reportdiff/main', args: '<base> <head>', summary: 'behaviour regressions between two conformance.json (see: report-diff --help)' },
};

const HELP = `Usage: create-user-conformance <command> [options]

Conformance suite for POST /v2/session/apps/{appID}/users (Prelude Session Management, Create user).

Commands:
  run [options] [-- <playwright args>]   run the suite (default target: the embedded emulator)
  plan [options] [-- <playwright args>]  print the cases a run would send, send nothing (a dry run; exit code ${EXIT_CODES.nothingJudged})
${Object.entries(FORWARDED)
  .map(([name, c]) => `  ${`${name} ${c.args}`.padEnd(38)} ${c.summary}`)
  .join('\n')}
  replay <conformance.json> <finding> [options]
                                         run one finding's case again (its number in the reports, or its key),
                                         under the run's spec, profile, apps, target and token variable; options
                                         of run override them; reports beside it in replay-<finding>/

Options of run (each sets the variable in brackets; the variables, .env and a configuration file work too,
  in that order of precedence after the flags; see docs/configuration.md):
${FLAG_SETTINGS.map((s) => `  --${(s.switch ? s.flag : `${s.flag} <${s.type.placeholder}>`).padEnd(32)} ${plainText(s.meaning)} [${s.variable}]`).join('\n')}
  Tokens are never flags: --token-env and --reference-token-env name the variables that hold them.

Playwright arguments after "--" are passed through, e.g. -- --shard=1/4 or -- -g 'valid requests'.
Reports are written under ./reports (or --report-dir) of the current directory.

Proxies and CAs: HTTPS_PROXY, HTTP_PROXY and NO_PROXY (either case) reach an external target through a proxy,
  with either transport (the SDK's requests too); the embedded emulator is always reached directly. A private CA
  (for the target, or a --spec URL): NODE_EXTRA_CA_CERTS=ca.pem, set before the command starts.
  A target behind mutual TLS: --client-cert and --client-key (PEM files), presented by every request (the SDK's
  too); an encrypted key's passphrase from CONFORMANCE_CLIENT_KEY_PASSPHRASE or --client-key-passphrase-env NAME.

Console: on a terminal, one progress line for the whole run (tests done, cases judged, findings so far, cases/s),
  rewritten in place; otherwise (a CI log, a pipe) that line every 5 s, plain. Colours only on a terminal, and never
  with NO_COLOR set (any non-empty value); FORCE_COLOR=1 asks for them off a terminal, FORCE_COLOR=0 never.
  At the end: the verdict, how many error findings and warnings and from which checks, each cause in a line.

Examples:
  create-user-conformance run --runs 20 --seed 1
  create-user-conformance run --phases valid,negative --exclude-checks response_time
  create-user-conformance run --base-url https://gateway.example --token-env STAGING_TOKEN --app-id 54e9ujn \\
    --header 'X-Team: conformance' --header 'X-Gateway-Key: $GATEWAY_KEY'
  HTTPS_PROXY=http://proxy:3128 NODE_EXTRA_CA_CERTS=corp-ca.pem create-user-conformance run --base-url https://api.example …
  create-user-conformance run --spec https://docs.example/create-user.md --record har,ndjson
  create-user-conformance plan --phases model
  create-user-conformance replay reports/conformance.json 1

Exit codes: ${EXIT_CODES.passed} conformant; ${EXIT_CODES.findings} nonconformant (findings at or above --fail-on); ${EXIT_CODES.configuration} configuration or target error;
  ${EXIT_CODES.nothingJudged} nothing judged (a dry run, or a selection that matched no test).
  --help, --version`;

/** A meaning written for the docs, as a terminal shows it: links as their text, code without backticks. */
function plainText(markdown: string): string {
  return markdown.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1').replaceAll('`', '');
}

function main(argv: string[]): void {
  const split = argv.indexOf('--');
  const own = split === -1 ? argv : argv.slice(0, split);
  const passthrough = split === -1 ? [] : argv.slice(split + 1);
  const [command, ...rest] = own;
  if (command === undefined || command === '--help' || command === '-h') return print(HELP, EXIT_CODES.passed);
  if (command === '--version') return print(suiteVersion(), EXIT_CODES.passed);
  const forwarded = FORWARDED[command];
  if (forwarded)
    return forward(
      process.execPath,
      [...LOADER, `${PACKAGE_ROOT}/${forwarded.program}${EXTENSION}`, ...rest, ...(split === -1 ? [] : ['--', ...passthrough])],
      {},
    );
  if (command === 'replay') return replay(rest, passthrough);
  if (command !== 'run' && command !== 'plan') return print(`create-user-conformance: unknown command "${command}"\n\n${HELP}`, EXIT_CODES.configuration);
  const parsed = parseRunFlags(rest);
  if (typeof parsed === 'string') return print(parsed, EXIT_CODES.configuration);
  if (parsed.help) return print(HELP, EXIT_CODES.passed);
  if (parsed.positionals.length > 0)
    return print(`create-user-conformance: unexpected argument "${parsed.positionals[0]}"\n\n${HELP}`, EXIT_CODES.configuration);
  playwrightTest(passthrough, command === 'plan' ? { ...parsed.env, [setting('dryRun').variable]: '1' } : parsed.env);
}

/** What the flags of `run` (and `replay`) set, as variables; a string is the message of a bad flag. */
interface RunFlags {
  readonly env: Readonly<Record<string, string>>;
  readonly positionals: readonly string[];
  readonly help: boolean;
}

function parseRunFlags(args: string[]): RunFlags | string {
  let values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        ...Object.fromEntries(
          FLAG_SETTINGS.map((s) => [s.flag, { type: s.switch ? ('boolean' as const) : ('string' as const), multiple: s.repeatable ?? false }]),
        ),
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return `create-user-conformance: ${(error as Error).message}\n\n${HELP}`;
  }
  const env: Record<string, string> = {};
  for (const s of FLAG_SETTINGS) {
    const given = values[s.flag];
    if (given === undefined) continue;
    const value = given === true ? '1' : Array.isArray(given) ? given.join('\n') : String(given);
    // Checked here, by the rule the variable's own check uses, so the message names the flag the user typed.
    const problem = invalidValue(s.variable, value, { kind: 'flag', flag: s.flag });
    if (problem !== undefined) return `create-user-conformance: ${problem}`;
    env[s.variable] = value;
  }
  // The run's own messages name a setting by the flag that set it.
  if (Object.keys(env).length > 0) env[setting('givenFlags').variable] = Object.keys(env).join(',');
  return { env, positionals, help: values['help'] === true };
}

/** `replay <conformance.json> <finding number or key>`: that finding's case, under the run's configuration. */
function replay(args: string[], passthrough: string[]): void {
  const parsed = parseRunFlags(args);
  if (typeof parsed === 'string') return print(parsed, EXIT_CODES.configuration);
  if (parsed.help) return print(HELP, EXIT_CODES.passed);
  const [reportPath, selector, ...extra] = parsed.positionals;
  if (reportPath === undefined || selector === undefined || extra.length > 0) {
    return print(`create-user-conformance: replay needs a conformance.json and a finding's number or key\n\n${HELP}`, EXIT_CODES.configuration);
  }
  let invocation: ReplayInvocation;
  try {
    invocation = replayInvocation(reportPath, selector);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return print(`create-user-conformance: ${error.message}`, EXIT_CODES.configuration);
  }
  const { finding } = invocation;
  console.log(`Replaying ${finding.check} (${finding.severity}) in ${finding.family}: ${finding.message}\n  reports: ${invocation.reportDir}`);
  playwrightTest(
    ['-g', invocation.grep, ...passthrough],
    { ...invocation.env, [setting('reportDir').variable]: invocation.reportDir, ...parsed.env },
    REPLAYED_VARIABLES,
  );
}

function playwrightTest(args: string[], env: Record<string, string>, unset: readonly string[] = []): void {
  const playwright = createRequire(import.meta.url).resolve('@playwright/test/cli');
  forward(process.execPath, [playwright, 'test', '-c', `${PACKAGE_ROOT}/playwright.config${EXTENSION}`, ...args], env, unset);
}

/** Runs a child with our stdio and exits with its code; Ctrl+C reaches it and it cleans up. */
function forward(command: string, args: string[], env: Record<string, string>, unset: readonly string[] = []): void {
  const child = spawn(command, args, { stdio: 'inherit', env: childEnvironment(env, unset) });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? EXIT_CODES.configuration : EXIT_CODES.passed)));
}

function print(text: string, exitCode: ExitCode): void {
  (exitCode === EXIT_CODES.passed ? console.log : console.error)(text);
  process.exitCode = exitCode;
}

main(process.argv.slice(2));
