import { expect, test } from '@playwright/test';
import { runConformance, runProcess } from '../_support/runConformance.ts';

test('a misspelled variable stops the run at start-up: exit 2, one line per name, with a did-you-mean', async () => {
  const run = await runConformance({ CONFORMANCE_RUN: '10', CONFORMANCE_SEEED: '5' });
  expect(run.exitCode, run.output).toBe(2);
  expect(run.output).toContain('conformance: configuration error: unknown variable CONFORMANCE_RUN; did you mean CONFORMANCE_RUNS?');
  expect(run.output).toContain('conformance: configuration error: unknown variable CONFORMANCE_SEEED; did you mean CONFORMANCE_SEED?');
  expect(run.output).not.toContain('Running');
});

test('a bad flag value is reported under the flag, not the variable it sets', async () => {
  const run = await runProcess(process.execPath, ['--import', 'tsx', 'cli/main.ts', 'run', '--runs', 'abc'], {});
  expect(run.exitCode, run.output).toBe(2);
  expect(run.output).toContain('create-user-conformance: --runs "abc" is not valid: expected a whole number from 1 to 1000000.');
  expect(run.output).not.toContain('CONFORMANCE_RUNS');
});
