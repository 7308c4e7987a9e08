import { expect, test } from '@playwright/test';
import { readRunReport } from '../_support/readRunReport.ts';
import { runConformance } from '../_support/runConformance.ts';

// The dry run (CONFORMANCE_DRY_RUN=1: the plan printed, nothing sent, exit code 3) is the installed package's `plan`: packedPackage.spec.ts.

test('a -g that matches no conformance test: its own verdict (not INCOMPLETE, not PASS) and exit code 3', async () => {
  const run = await runConformance({}, ['-g', 'no test has this title']);
  expect(run.exitCode, run.output).toBe(3);
  expect(run.output).toContain('Conformance NOTHING SELECTED: no conformance test matched the selection');
  expect(run.output).not.toContain('INCOMPLETE');
  expect(readRunReport(run.reportDir).verdict).toBe('empty');
});
