import { expect, test } from '@playwright/test';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type { ConformanceSummary } from '../../vocabulary/ConformanceSummary.ts';
import { startFaultyServer } from '../_support/faultyServer.ts';
import { findSecretLeaks } from '../_support/findSecretLeaks.ts';
import { junitSchemaErrors } from '../_support/junitSchema.ts';
import { readRunReport } from '../_support/readRunReport.ts';
import { runConformance, runProcess, targetEnv } from '../_support/runConformance.ts';
import { FAULT_CATALOGUE } from '../faults/faultCatalogue.ts';
import { scratchDir } from '../_support/scratchDir.ts';
import { EXIT_CODES } from '../../vocabulary/exitCodes.ts';

const SHARD_PROJECT = 'tests/_support/shardProject/shard.config.ts';
const CANARY = 'canary-shard-0c5e2a7d91f4';

/** What must not depend on sharding: everything but timings and run identities. */
function outcome(summary: ConformanceSummary) {
  return {
    verdict: summary.verdict,
    seed: summary.run.seed,
    totals: summary.totals,
    checks: summary.checks,
    matrix: summary.matrix,
    findings: summary.findings.map((f) => [f.key, f.occurrences, f.properties, f.replay.path]),
  };
}

test('two shards merged from blobs give the verdict, counts and matrix of one unsharded run of the same seed', async () => {
  test.setTimeout(400_000);
  const server = await startFaultyServer(FAULT_CATALOGUE.numericIdForEmailCreates.fault(), { token: CANARY });
  try {
    // response_time is off: on a busy machine a slow answer would be a warning in one run and not in
    // the other, and the comparison is of what the seed decides, not of timings.
    const env = { ...targetEnv(server.url, CANARY), CONFORMANCE_SEED: '20250101', CONFORMANCE_RUNS: '8', CONFORMANCE_SEVERITY: 'response_time=off' };
    const whole = await runConformance(env, [], 170_000, SHARD_PROJECT);
    expect(whole.exitCode, whole.output).toBe(1);

    const mergeDir = scratchDir('conformance-blobs');
    for (const shard of ['1/2', '2/2']) {
      const blobDir = join(mergeDir, `shard-${shard[0]}`);
      const run = await runConformance({ ...env, PLAYWRIGHT_BLOB_OUTPUT_DIR: blobDir }, [`--shard=${shard}`, '--reporter=blob'], 170_000, SHARD_PROJECT);
      expect(run.exitCode, run.output).toBe(1); // each shard has email cases, so findings
      expect(stripVTControlCharacters(run.output)).toMatch(/Running 1 test using .*, shard [12] of 2/); // each got half the work
      mkdirSync(join(mergeDir, 'all'), { recursive: true });
      for (const zip of readdirSync(blobDir)) copyFileSync(join(blobDir, zip), join(mergeDir, 'all', zip));
    }
    const mergedDir = join(mergeDir, 'merged');
    const merged = await runProcess('npm', ['run', 'report:merge', '--', join(mergeDir, 'all')], { CONFORMANCE_REPORT_DIR: mergedDir });
    expect(merged.exitCode, merged.output).toBe(1);

    const unsharded = readRunReport(whole.reportDir);
    expect(unsharded.totals.properties).toBe(2);
    expect(unsharded.verdict).toBe('fail');
    expect(outcome(readRunReport(mergedDir))).toEqual(outcome(unsharded));
    // The merged JUnit is the suite's own, from the same summary: one failing test case per finding.
    const junit = readFileSync(join(mergedDir, 'junit.xml'), 'utf8');
    expect(await junitSchemaErrors(junit)).toEqual([]);
    expect(junit).toContain(`failures="${unsharded.findings.filter((f) => f.severity === 'error').length}"`);
    expect(findSecretLeaks(mergeDir, CANARY)).toEqual([]);
  } finally {
    await server.close();
  }
});

test('shards that judged nothing merge to exit 3, as one run that judged nothing exits: never a green gate', async () => {
  // A selection matching no test in its shard: the cheapest run that judges nothing (no case drawn, nothing sent).
  const blobDir = scratchDir('empty-shard-blobs');
  const shard = await runConformance(
    { PLAYWRIGHT_BLOB_OUTPUT_DIR: blobDir },
    ['--shard=1/2', '--reporter=blob', '-g', 'no conformance test has this title'],
    60_000,
    SHARD_PROJECT,
  );
  expect(shard.output).toContain('No tests found');
  const mergedDir = scratchDir('empty-shard-merged');
  const merged = await runProcess('npm', ['run', 'report:merge', '--', blobDir], { CONFORMANCE_REPORT_DIR: mergedDir }, 60_000);
  expect(merged.exitCode, merged.output).toBe(EXIT_CODES.nothingJudged);
  expect(readRunReport(mergedDir).verdict).toBe('empty');
  const junit = readFileSync(join(mergedDir, 'junit.xml'), 'utf8');
  expect(await junitSchemaErrors(junit)).toEqual([]);
  expect(junit).toContain('failures="0" errors="0"');
  expect(junit).not.toMatch(/<testcase [^>]*\/>/); // nothing passed: every check skipped, with why
});
