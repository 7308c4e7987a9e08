import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFaultyServer } from '../_support/faultyServer.ts';
import { readConformanceSummary } from '../_support/readConformanceSummary.ts';
import { runConformance, runProcess, targetEnv } from '../_support/runConformance.ts';
import { FAULT_CATALOGUE } from '../faults/faultCatalogue.ts';
import { scratchDir } from '../_support/scratchDir.ts';

test('a failing run writes the three reports; its replay command, run as printed, brings back that finding in one case', async () => {
  const server = await startFaultyServer(FAULT_CATALOGUE.numericIdForEmailCreates.fault());
  try {
    const env = targetEnv(server.url);
    const run = await runConformance(env, ['-g', 'valid requests with fresh identities']);
    expect(run.exitCode, run.output).toBe(1);
    for (const file of ['conformance.json', 'conformance.md', 'conformance.html']) expect(existsSync(join(run.reportDir, file)), file).toBe(true);
    const summary = readConformanceSummary(run.reportDir);
    expect(summary.verdict).toBe('fail');
    // A single-case property's finding: a scenario's replay re-sends all its steps, so it is not "one case".
    const finding = summary.findings.find((f) => f.check === 'response_schema' && f.severity === 'error' && f.family === 'valid/realistic')!;
    expect(finding).toMatchObject({ status: 201, shrunk: true });
    expect(finding.counterexample.response!.body).toBe('{"id":12345}');
    expect(readFileSync(join(run.reportDir, 'conformance.md'), 'utf8')).toContain(finding.replay.command);

    const replayDir = scratchDir('conformance-replay');
    const replay = await runProcess('sh', ['-c', finding.replay.command], { ...env, CONFORMANCE_REPORT_DIR: replayDir });
    expect(replay.exitCode, replay.output).toBe(1);
    const replayed = readConformanceSummary(replayDir);
    expect(replayed.totals).toMatchObject({ properties: 1, cases: 1 });
    expect(replayed.findings.map((f) => [f.check, f.status, f.code])).toContainEqual([finding.check, finding.status, finding.code]);
    expect(replayed.run.seed).toBe(summary.run.seed);
  } finally {
    await server.close();
  }
});
