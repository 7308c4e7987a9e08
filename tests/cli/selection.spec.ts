import { expect, test } from '@playwright/test';
import { readRunReport } from '../_support/readRunReport.ts';
import { runConformance, targetEnv } from '../_support/runConformance.ts';
import { startFaultyServer } from '../_support/faultyServer.ts';
import { FAULT_CATALOGUE } from '../faults/faultCatalogue.ts';

test('--phases and --exclude-checks: only the named phases run, excluded checks do not judge (a 200-for-201 server passes without the two checks that see it), and the verdict says what was left out', async () => {
  const server = await startFaultyServer(FAULT_CATALOGUE.createdIs200.fault());
  try {
    // Without the exclusion this server fails (the fault sample in tests/integration); with it, nothing else sees the fault.
    const run = await runConformance({
      ...targetEnv(server.url),
      CONFORMANCE_PHASES: 'valid,boundary',
      CONFORMANCE_EXCLUDE_CHECKS: 'status_documented,positive_acceptance',
    });
    expect(run.exitCode, run.output).toBe(0);
    expect(run.output).toContain('phases left out by the selection: negative, hostile, methods, semantics, model');
    expect(run.output).toMatch(
      /Conformance PASS: .*; left out by the selection: checks status_documented, positive_acceptance; phases negative, hostile, methods, semantics, model/,
    );
    const summary = readRunReport(run.reportDir);
    expect(summary.totals.cases).toBeGreaterThan(0);
    expect(summary.run.metadata?.selection?.phasesLeftOut).toEqual(['negative', 'hostile', 'methods', 'semantics', 'model']);
    expect(summary.checks.find((c) => c.id === 'status_documented')).toMatchObject({
      cases: 0,
      notExercised: expect.stringContaining('left out by the selection'),
    });
  } finally {
    await server.close();
  }
});

// An unknown check or phase name (exit code 2, one line listing the valid ones): tests/unit/runner.selection.spec.ts.
