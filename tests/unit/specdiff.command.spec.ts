import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SpecDiff } from '../../specdiff/diffCreateUserSpecs.ts';
import { specDiffCommand } from '../../specdiff/specDiffCommand.ts';
import type { SpecDiffVerdict } from '../../specdiff/specDiffVerdict.ts';
import { runCommandInProcess } from '../_support/runCommandInProcess.ts';
import { scratchDir } from '../_support/scratchDir.ts';
import { docsPageEmbedding } from '../_support/specFixture.ts';

// The spec-diff command's arguments, exit codes, messages and reports, judged in process; the
// process around it (npm, exit code, stderr) is shown by tests/cli/specDiffCommand.spec.ts.

/** What spec-diff.json holds (specdiff/specDiffCommand.ts writes it). */
type SpecDiffJson = SpecDiff & { readonly verdict: SpecDiffVerdict };

const FIXTURES = 'tests/fixtures/specdiff';
const SPEC = 'spec/openapi.yaml';
const specDiff = (args: string[]) => runCommandInProcess(specDiffCommand, args);

test('a client-breaking change passes a server gate: --fail-on server, exit 0', () => {
  const asServerGate = specDiff(['--fail-on', 'server', SPEC, `${FIXTURES}/request-maxlength-tightened.yaml`]);
  expect(asServerGate.exitCode).toBe(0);
  expect(asServerGate.stdout).toContain('PASS: --fail-on server');
});

test('a server-breaking change (request enum value added): --fail-on chooses which classification fails', () => {
  const args = [SPEC, `${FIXTURES}/request-enum-value-added.yaml`];
  const exitCodes: Record<string, number | null> = {};
  for (const level of ['client', 'server', 'any', 'none']) exitCodes[level] = specDiff(['--fail-on', level, ...args]).exitCode;
  expect(exitCodes).toEqual({ client: 0, server: 1, any: 1, none: 0 });
  const byDefault = specDiff(args);
  expect(byDefault.exitCode).toBe(0);
  expect(byDefault.stdout).toContain('breaking for servers');
  expect((JSON.parse(readFileSync(join(byDefault.reportDir, 'spec-diff.json'), 'utf8')) as SpecDiffJson).changes[0]?.pointer).toBe(
    '/components/schemas/IdentifierResponse/properties/type/enum',
  );
});

test('the docs page with the YAML embedded against spec/openapi.yaml: no change, exit 0', () => {
  const page = join(scratchDir('docs-page'), 'create-user.md');
  writeFileSync(page, docsPageEmbedding(readFileSync(SPEC, 'utf8')));
  const run = specDiff([page, SPEC]);
  expect(run.exitCode, run.stderr).toBe(0);
  expect(run.stdout).toContain('0 changes');
  expect(readFileSync(join(run.reportDir, 'spec-diff.md'), 'utf8')).toContain('No change to this operation.');
});

test('unreadable or invalid input and bad arguments: exit 2, one line, no stack trace, no report', () => {
  const cases: Array<[string[], RegExp]> = [
    [[SPEC, 'no/such/file.yaml'], /^spec:diff: Spec no\/such\/file\.yaml: cannot read the file/],
    [[SPEC, 'package.json'], /^spec:diff: Spec package\.json at \/openapi: expected an OpenAPI 3\.1 document/],
    [[SPEC], /^spec:diff: expected two documents \(old and new\), got 1/],
    [['--fail-on', 'sometimes', SPEC, SPEC], /^spec:diff: --fail-on must be one of client, server, any, none/],
    [['--verbose', SPEC, SPEC], /^spec:diff: Unknown option '--verbose'/],
  ];
  for (const [args, message] of cases) {
    const run = specDiff(args);
    expect(run.exitCode, args.join(' ')).toBe(2);
    expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(existsSync(join(run.reportDir, 'spec-diff.json'))).toBe(false);
  }
});

test('--help prints the usage and exits 0', () => {
  const run = specDiff(['--help']);
  expect(run.exitCode).toBe(0);
  expect(run.stdout).toContain('Usage: npm run spec:diff -- [--fail-on client|server|any|none] <old> <new>');
  expect(existsSync(join(run.reportDir, 'spec-diff.md'))).toBe(false);
});
