import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../../config/suiteConfig.ts';
import { readConformanceSummary } from '../_support/readConformanceSummary.ts';
import { runConformance, runProcess } from '../_support/runConformance.ts';
import { scratchDir } from '../_support/scratchDir.ts';

test('under a non-default spec and profile, the printed replay-from-report line, run verbatim, finds the finding again in reports of its own', async () => {
  // external_id maxLength 64: the embedded emulator (up to 128) fails negative_rejection, but only under this spec.
  const spec = resolve(PACKAGE_ROOT, 'tests/fixtures/specdiff/request-maxlength-tightened.yaml');
  const profile = join(scratchDir('profile'), 'profile.json');
  writeFileSync(profile, JSON.stringify({ responseTimeBudgetMs: 60_000 }));
  const run = await runConformance({ CONFORMANCE_SPEC: spec, CONFORMANCE_PROFILE: profile, CONFORMANCE_EXACTLY_ONCE_N: '3' }, ['-g', 'boundary values']);
  expect(run.exitCode, run.output).toBe(1);
  const line = /^ {2}or: +(npm run replay -- \S+ \d+)$/m.exec(run.output)?.[1];
  expect(line, run.output).toBe(`npm run replay -- ${join(run.reportDir, 'conformance.json')} 1`);
  const before = readFileSync(join(run.reportDir, 'conformance.json'), 'utf8');

  // Run verbatim, by a shell, without the run's variables: the spec and profile come from the report.
  const replay = await runProcess('sh', ['-c', line!], {});
  expect(replay.exitCode, replay.output).toBe(1);
  expect(replay.output).toContain(
    '✖ negative_rejection (error) in boundary/length: an invalid request (boundary: /external_id of 65 code points) was accepted with 201',
  );
  expect(replay.output).toContain('1 nonconformance(s) in 1 cases');
  expect(replay.output).not.toMatch(/did not reproduce|intermittent/);
  const replayed = readConformanceSummary(join(run.reportDir, 'replay-1'));
  expect(replayed.verdict).toBe('fail');
  expect(replayed.run.metadata?.replayEnv).toMatchObject({ CONFORMANCE_SPEC: spec, CONFORMANCE_PROFILE: profile, CONFORMANCE_EXACTLY_ONCE_N: '3' });
  expect(readFileSync(join(run.reportDir, 'conformance.json'), 'utf8')).toBe(before);
});

test('replay names what is wrong with its arguments: exit 2, one line', async () => {
  const missing = await runProcess(process.execPath, ['--import', 'tsx', 'cli/main.ts', 'replay', '/nonexistent/conformance.json', '1'], {});
  expect(missing.exitCode).toBe(2);
  expect(missing.output).toContain('create-user-conformance: cannot read /nonexistent/conformance.json');
});
