import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { SpecError } from '../spec/SpecError.ts';
import type { CommandIO } from '../vocabulary/CommandIO.ts';
import { EXIT_CODES } from '../vocabulary/exitCodes.ts';
import { diffCreateUserSpecs } from './diffCreateUserSpecs.ts';
import { specDiffMarkdown, summaryLine } from './specDiffMarkdown.ts';
import { classificationOf, FAIL_ON, specDiffVerdict, type FailOn } from './specDiffVerdict.ts';

const USAGE = `Usage: npm run spec:diff -- [--fail-on client|server|any|none] <old> <new>
   or: create-user-conformance spec-diff [--fail-on …] <old> <new>

Compares POST /v2/session/apps/{appID}/users in two versions of the OpenAPI document (plain YAML,
or a docs page with the YAML embedded) and classifies every change as breaking for clients,
breaking for servers, or compatible. Writes spec-diff.md and spec-diff.json to the report
directory (CONFORMANCE_REPORT_DIR, default reports/).

  --fail-on <level>  which changes make the command exit ${EXIT_CODES.findings} (default client):
                     client = breaking for clients, server = breaking for servers,
                     any = breaking for either, none = never
  --help             this text

Exit codes: ${EXIT_CODES.passed} no failing change; ${EXIT_CODES.findings} a change fails the --fail-on level; ${EXIT_CODES.configuration} unreadable or invalid input.`;

function parseAndDiff(argv: readonly string[], io: CommandIO): number {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { 'fail-on': { type: 'string', default: 'client' }, help: { type: 'boolean', default: false } },
  });
  if (values.help) {
    io.out(USAGE);
    return EXIT_CODES.passed;
  }
  const failOn = values['fail-on'] as FailOn;
  if (!FAIL_ON.includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, got "${values['fail-on']}"`);
  if (positionals.length !== 2) throw new UsageError(`expected two documents (old and new), got ${positionals.length}`);
  const [oldPath, newPath] = positionals as [string, string];

  const diff = diffCreateUserSpecs(oldPath, newPath);
  const verdict = specDiffVerdict(diff, failOn);
  const reportDir = io.reportDir();
  mkdirSync(reportDir, { recursive: true });
  const markdownPath = join(reportDir, 'spec-diff.md');
  const jsonPath = join(reportDir, 'spec-diff.json');
  writeFileSync(markdownPath, specDiffMarkdown(diff, verdict));
  writeFileSync(
    jsonPath,
    JSON.stringify({ operation: 'POST /v2/session/apps/{appID}/users', verdict, old: diff.old, new: diff.new, changes: diff.changes }, null, 2) + '\n',
  );

  io.out(`spec:diff POST /v2/session/apps/{appID}/users: ${oldPath} → ${newPath}`);
  for (const change of diff.changes) {
    const mark = change.clients === 'breaking' || change.servers === 'breaking' ? '✖' : '✓';
    io.out(`  ${mark} ${classificationOf(change).padEnd(33)} ${change.message}`);
    io.out(`    ${' '.repeat(33)} ${change.rule} at ${change.pointer} (${change.document})`);
  }
  io.out(`${summaryLine(verdict)}.`);
  io.out(`Reports: ${relative(io.cwd, markdownPath) || markdownPath}, ${relative(io.cwd, jsonPath) || jsonPath}`);
  io.out(verdict.fails ? `FAIL: --fail-on ${failOn} (exit ${EXIT_CODES.findings})` : `PASS: --fail-on ${failOn}`);
  return verdict.fails ? EXIT_CODES.findings : EXIT_CODES.passed;
}

class UsageError extends Error {}

/**
 * `npm run spec:diff -- [--fail-on …] <old> <new>`: the exit code (0 no failing change, 1 a change
 * fails the --fail-on level, 2 unreadable or invalid input). Bad input is one line on `err`, never
 * a stack trace; anything else is a bug and is thrown with its trace.
 */
export function specDiffCommand(argv: readonly string[], io: CommandIO): number {
  try {
    return parseAndDiff(argv, io);
  } catch (error) {
    const isInputError = error instanceof SpecError || error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (!isInputError) throw error;
    io.err(`spec:diff: ${(error as Error).message}${error instanceof SpecError ? '' : ' (see --help)'}`);
    return EXIT_CODES.configuration;
  }
}
