import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../../config/packageRoot.ts';
import { readRunReport } from '../_support/readRunReport.ts';
import { runConformance, runProcess } from '../_support/runConformance.ts';
import { scratchDir } from '../_support/scratchDir.ts';

// CONFORMANCE_SPEC switches the document the whole suite reads (generators and oracles) without a code
// change; the embedded emulator keeps serving spec/openapi.yaml, as an unchanged server would.
test('under a tightened spec (external_id maxLength 64) and a profile: the unchanged emulator fails negative_rejection only, and the printed replay-from-report line, run verbatim, finds the finding again in reports of its own', async () => {
  // The emulator accepts up to 128 code points: under this spec, that is a 400 it owes.
  const spec = resolve(PACKAGE_ROOT, 'tests/fixtures/specdiff/request-maxlength-tightened.yaml');
  const profile = join(scratchDir('profile'), 'profile.json');
  writeFileSync(profile, JSON.stringify({ responseTimeBudgetMs: 60_000 }));
  // The properties that send external_id lengths (boundary values and length bounds) and the creates: no other check may fire.
  const run = await runConformance({ CONFORMANCE_SPEC: spec, CONFORMANCE_PROFILE: profile, CONFORMANCE_EXACTLY_ONCE_N: '3' }, [
    '-g',
    'boundary values|strings outside their length bounds|valid requests with fresh identities',
  ]);
  expect(run.exitCode, run.output).toBe(1);
  const boundaryFinding =
    '✖ negative_rejection (error) in boundary/length: an invalid request (boundary: /external_id of 65 code points) was accepted with 201';
  expect(run.output).toContain(boundaryFinding);
  const before = readFileSync(join(run.reportDir, 'conformance.json'), 'utf8');
  const summary = JSON.parse(before) as { findings: Array<{ check: string; severity: string; family: string }> };
  expect([...new Set(summary.findings.filter((f) => f.severity === 'error').map((f) => f.check))]).toEqual(['negative_rejection']);
  const number = summary.findings.findIndex((f) => f.family === 'boundary/length' && f.check === 'negative_rejection') + 1;
  const line = new RegExp(`^ {2}or: +(npm run replay -- \\S+ ${number})$`, 'm').exec(run.output)?.[1];
  // Relative to where the run was started, as the report folder is under it.
  expect(line, run.output).toBe(`npm run replay -- ${relative(PACKAGE_ROOT, join(run.reportDir, 'conformance.json'))} ${number}`);

  // Run verbatim, by a shell, without the run's variables: the spec and profile come from the report.
  const replay = await runProcess('sh', ['-c', line!], {});
  expect(replay.exitCode, replay.output).toBe(1);
  expect(replay.output).toContain(boundaryFinding);
  expect(replay.output).toContain('1 error finding in 1 case: ');
  expect(replay.output).not.toMatch(/did not reproduce|intermittent/);
  const replayed = readRunReport(join(run.reportDir, `replay-${number}`));
  expect(replayed.verdict).toBe('fail');
  expect(replayed.run.metadata?.replayEnv).toMatchObject({ CONFORMANCE_SPEC: spec, CONFORMANCE_PROFILE: profile, CONFORMANCE_EXACTLY_ONCE_N: '3' });
  expect(readFileSync(join(run.reportDir, 'conformance.json'), 'utf8')).toBe(before);
});

test('replay names what is wrong with its arguments: exit 2, one line', async () => {
  const missing = await runProcess(process.execPath, ['--import', 'tsx', 'cli/main.ts', 'replay', '/nonexistent/conformance.json', '1'], {});
  expect(missing.exitCode).toBe(2);
  expect(missing.output).toContain('create-user-conformance: cannot read /nonexistent/conformance.json');
});
