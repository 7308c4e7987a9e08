import { expect, test } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readConformanceSummary } from '../_support/readConformanceSummary.ts';
import { runConformance, targetEnv } from '../_support/runConformance.ts';

test('CONFORMANCE_DRY_RUN=1 prints the planned cases and sends nothing, not even the preflight', async () => {
  let requests = 0;
  const server = createServer((_req, res) => {
    requests++;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const run = await runConformance({ ...targetEnv(url), CONFORMANCE_DRY_RUN: '1', CONFORMANCE_RUNS: '3' });
    // Nothing was judged: exit code 3 and a verdict of its own, never PASS (README, Exit codes).
    expect(run.exitCode, run.output).toBe(3);
    expect(run.output).toContain('dry run: the planned cases are printed, nothing is sent');
    expect(run.output).toMatch(/Conformance PLAN: dry run \(CONFORMANCE_DRY_RUN=1\), \d+ properties planned, nothing sent/);
    expect(run.output).not.toContain('Conformance PASS');
    expect(readConformanceSummary(run.reportDir).verdict).toBe('plan');
    expect(run.output).toMatch(/plan valid-realistic: 3 value\(s\)\n +\[0\] \{"family":"valid\/realistic"/);
    expect(run.output).toMatch(/plan boundary: \d+ value\(s\)/);
    expect(requests).toBe(0);
  } finally {
    server.close();
  }
});

test('a -g that matches no conformance test: its own verdict (not INCOMPLETE, not PASS) and exit code 3', async () => {
  const run = await runConformance({}, ['-g', 'no test has this title']);
  expect(run.exitCode, run.output).toBe(3);
  expect(run.output).toContain('Conformance NOTHING SELECTED: no conformance test matched the selection');
  expect(run.output).not.toContain('INCOMPLETE');
  expect(readConformanceSummary(run.reportDir).verdict).toBe('empty');
});
