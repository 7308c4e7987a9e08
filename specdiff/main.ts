import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { loadReportDir } from '../config/suiteConfig.ts';
import { SpecError } from '../spec/SpecError.ts';
import { diffCreateUserSpecs } from './diffCreateUserSpecs.ts';
import { specDiffMarkdown, summaryLine } from './specDiffMarkdown.ts';
import { classificationOf, FAIL_ON, specDiffVerdict, type FailOn } from './specDiffVerdict.ts';

const USAGE = `Usage: npm run spec:diff -- [--fail-on client|server|any|none] <old> <new>
   or: create-user-conformance spec-diff [--fail-on …] <old> <new>

Compares POST /v2/session/apps/{appID}/users in two versions of the OpenAPI document (plain YAML,
or a docs page with the YAML embedded) and classifies every change as breaking for clients,
breaking for servers, or compatible. Writes spec-diff.md and spec-diff.json to the report
directory (CONFORMANCE_REPORT_DIR, default reports/).

  --fail-on <level>  which changes make the command exit 1 (default client):
                     client = breaking for clients, server = breaking for servers,
                     any = breaking for either, none = never
  --help             this text

Exit codes: 0 no failing change; 1 a change fails the --fail-on level; 2 unreadable or invalid input.`;

const USAGE_ERROR = 2;

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'fail-on': { type: 'string', default: 'client' }, help: { type: 'boolean', default: false } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const failOn = values['fail-on'] as FailOn;
  if (!FAIL_ON.includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, got "${values['fail-on']}"`);
  if (positionals.length !== 2) throw new UsageError(`expected two documents (old and new), got ${positionals.length}`);
  const [oldPath, newPath] = positionals as [string, string];

  const diff = diffCreateUserSpecs(oldPath, newPath);
  const verdict = specDiffVerdict(diff, failOn);
  const reportDir = loadReportDir();
  mkdirSync(reportDir, { recursive: true });
  const markdownPath = join(reportDir, 'spec-diff.md');
  const jsonPath = join(reportDir, 'spec-diff.json');
  writeFileSync(markdownPath, specDiffMarkdown(diff, verdict));
  writeFileSync(
    jsonPath,
    JSON.stringify({ operation: 'POST /v2/session/apps/{appID}/users', verdict, old: diff.old, new: diff.new, changes: diff.changes }, null, 2) + '\n',
  );

  console.log(`spec:diff POST /v2/session/apps/{appID}/users: ${oldPath} → ${newPath}`);
  for (const change of diff.changes) {
    const mark = change.clients === 'breaking' || change.servers === 'breaking' ? '✖' : '✓';
    console.log(`  ${mark} ${classificationOf(change).padEnd(33)} ${change.message}`);
    console.log(`    ${' '.repeat(33)} ${change.rule} at ${change.pointer} (${change.document})`);
  }
  console.log(`${summaryLine(verdict)}.`);
  console.log(`Reports: ${relative(process.cwd(), markdownPath) || markdownPath}, ${relative(process.cwd(), jsonPath) || jsonPath}`);
  console.log(verdict.fails ? `FAIL: --fail-on ${failOn} (exit 1)` : `PASS: --fail-on ${failOn}`);
  return verdict.fails ? 1 : 0;
}

class UsageError extends Error {}

try {
  process.exitCode = main();
} catch (error) {
  // Bad input gets one line, never a stack trace; anything else is a bug and keeps its trace.
  const isInputError = error instanceof SpecError || error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  if (!isInputError) throw error;
  console.error(`spec:diff: ${(error as Error).message}${error instanceof SpecError ? '' : ' (see --help)'}`);
  process.exitCode = USAGE_ERROR;
}
