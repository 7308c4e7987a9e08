import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../config/suiteConfig.ts';
import type { SpecDiff } from '../../specdiff/diffCreateUserSpecs.ts';
import type { SpecDiffVerdict } from '../../specdiff/specDiffVerdict.ts';
import { scratchDir } from '../_support/scratchDir.ts';

/** What spec-diff.json holds (specdiff/main.ts writes it). */
type SpecDiffJson = SpecDiff & { readonly verdict: SpecDiffVerdict };

const FIXTURES = 'tests/fixtures/specdiff';
const SPEC = 'spec/openapi.yaml';

interface SpecDiffRun {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly reportDir: string;
}

/** Runs the real command as a user does (`npm run spec:diff -- ...`), with its own report directory. */
async function specDiff(args: string[], viaNpm = false): Promise<SpecDiffRun> {
  const reportDir = scratchDir('spec-diff');
  const [command, commandArgs] = viaNpm
    ? ['npm', ['run', '--silent', 'spec:diff', '--', ...args]]
    : [process.execPath, ['--import', 'tsx', 'specdiff/main.ts', ...args]];
  const child = spawn(command, commandArgs, {
    cwd: PACKAGE_ROOT,
    env: { ...process.env, CONFORMANCE_REPORT_DIR: reportDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const exitCode = await new Promise<number | null>((done) => child.on('close', done));
  return { exitCode, stdout, stderr, reportDir };
}

test('a client-breaking change (external_id maxLength 128 → 64): exit 1, console, Markdown and JSON reports', async () => {
  const run = await specDiff([SPEC, `${FIXTURES}/request-maxlength-tightened.yaml`], true);
  expect(run.exitCode, run.stderr).toBe(1);
  expect(run.stdout).toContain('breaking for clients');
  expect(run.stdout).toContain('request body /external_id: maxLength 128 → 64');
  expect(run.stdout).toContain('FAIL: --fail-on client');
  const markdown = readFileSync(join(run.reportDir, 'spec-diff.md'), 'utf8');
  expect(markdown).toContain('**FAIL** (`--fail-on client`): 1 change: 1 breaking for clients, 0 breaking for servers, 0 compatible');
  expect(markdown).toContain('`bound-tightened@request`');
  expect(markdown).toContain('`/components/schemas/PostUserRequest/properties/external_id/maxLength` (new)');
  const json = JSON.parse(readFileSync(join(run.reportDir, 'spec-diff.json'), 'utf8')) as SpecDiffJson;
  expect(json.verdict).toMatchObject({ failOn: 'client', fails: true, breakingForClients: 1, breakingForServers: 0 });
  expect(json.changes[0]).toMatchObject({ rule: 'bound-tightened@request', clients: 'breaking', servers: 'compatible' });

  const asServerGate = await specDiff(['--fail-on', 'server', SPEC, `${FIXTURES}/request-maxlength-tightened.yaml`]);
  expect(asServerGate.exitCode).toBe(0);
  expect(asServerGate.stdout).toContain('PASS: --fail-on server');
});

test('a server-breaking change (request enum value added): --fail-on chooses which classification fails', async () => {
  const args = [SPEC, `${FIXTURES}/request-enum-value-added.yaml`];
  const exitCodes: Record<string, number | null> = {};
  for (const level of ['client', 'server', 'any', 'none']) exitCodes[level] = (await specDiff(['--fail-on', level, ...args])).exitCode;
  expect(exitCodes).toEqual({ client: 0, server: 1, any: 1, none: 0 });
  const byDefault = await specDiff(args);
  expect(byDefault.exitCode).toBe(0);
  expect(byDefault.stdout).toContain('breaking for servers');
  expect((JSON.parse(readFileSync(join(byDefault.reportDir, 'spec-diff.json'), 'utf8')) as SpecDiffJson).changes[0]?.pointer).toBe(
    '/components/schemas/IdentifierResponse/properties/type/enum',
  );
});

test('the docs page with the YAML embedded against spec/openapi.yaml: no change, exit 0', async () => {
  const run = await specDiff(['/work/shared/seeds/000_a069a3cf1cef7f20.txt', SPEC]);
  expect(run.exitCode, run.stderr).toBe(0);
  expect(run.stdout).toContain('0 changes');
  expect(readFileSync(join(run.reportDir, 'spec-diff.md'), 'utf8')).toContain('No change to this operation.');
});

test('unreadable or invalid input and bad arguments: exit 2, one line, no stack trace, no report', async () => {
  const cases: Array<[string[], RegExp]> = [
    [[SPEC, 'no/such/file.yaml'], /^spec:diff: Spec no\/such\/file\.yaml: cannot read the file/],
    [[SPEC, 'package.json'], /^spec:diff: Spec package\.json at \/openapi: expected an OpenAPI 3\.1 document/],
    [[SPEC], /^spec:diff: expected two documents \(old and new\), got 1/],
    [['--fail-on', 'sometimes', SPEC, SPEC], /^spec:diff: --fail-on must be one of client, server, any, none/],
    [['--verbose', SPEC, SPEC], /^spec:diff: Unknown option '--verbose'/],
  ];
  for (const [args, message] of cases) {
    const run = await specDiff(args);
    expect(run.exitCode, args.join(' ')).toBe(2);
    expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(existsSync(join(run.reportDir, 'spec-diff.json'))).toBe(false);
  }
});

test('--help prints the usage and exits 0', async () => {
  const run = await specDiff(['--help']);
  expect(run.exitCode).toBe(0);
  expect(run.stdout).toContain('Usage: npm run spec:diff -- [--fail-on client|server|any|none] <old> <new>');
  expect(existsSync(join(run.reportDir, 'spec-diff.md'))).toBe(false);
});
