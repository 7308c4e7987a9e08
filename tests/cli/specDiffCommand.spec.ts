import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../config/packageRoot.ts';
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

  // Bad input through the process: exit 2, one line, no stack trace (every other input is judged in process:
  // tests/unit/specdiff.command.spec.ts).
  const missing = await specDiff([SPEC, 'no/such/file.yaml']);
  expect(missing.exitCode).toBe(2);
  expect(missing.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^spec:diff: Spec no\/such\/file\.yaml: cannot read the file/)]);
  expect(existsSync(join(missing.reportDir, 'spec-diff.json'))).toBe(false);
});
