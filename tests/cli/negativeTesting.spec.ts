import { expect, test } from '@playwright/test';
import { composeFaults } from '../_support/faultAnswers.ts';
import { startFaultyServer } from '../_support/faultyServer.ts';
import { FAULT_CATALOGUE } from '../faults/faultCatalogue.ts';
import { runConformance, targetEnv } from '../_support/runConformance.ts';

/** The replay lines of a run's output: the variables and the -g argument each one sets. */
function replays(output: string): Array<{ seed: string; path: string; grep: string }> {
  return [
    ...output.matchAll(
      /replay: +.*CONFORMANCE_SEED=(-?\d+) CONFORMANCE_REPLAY_PATH=([\d:]+) npx playwright test -c playwright\.config\.ts -g '((?:[^']|'\\'')*)'/g,
    ),
  ].map(([, seed, path, grep]) => ({ seed: seed!, path: path!, grep: grep!.replaceAll("'\\''", "'") }));
}

test('negative and boundary findings, end to end: still-invalid shrunk counterexamples, and replays that reproduce them', async () => {
  // A body without identifiers is accepted, and lengths are counted in UTF-16 units.
  const server = await startFaultyServer(composeFaults(FAULT_CATALOGUE.acceptsMissingIdentifiers.fault(), FAULT_CATALOGUE.countsUtf16Units.fault()));
  try {
    const env = { ...targetEnv(server.url), CONFORMANCE_RUNS: '30' };
    const run = await runConformance(env, ['-g', 'missing required properties|boundary values']);
    expect(run.exitCode, run.output).toBe(1);
    expect(run.output).toContain('✖ negative_rejection (error) in negative/required: an invalid request (required:/identifiers) was accepted with 201');
    expect(run.output).toContain('counterexample shrunk');
    expect(run.output).toMatch(/request: +POST \S+\n +\{\}\n/);
    expect(run.output).toContain('✖ positive_acceptance (error) in boundary/length');
    expect(run.output).toContain('fixed case, reproduced when sent again');
    const found = replays(run.output);
    expect([...new Set(found.map((r) => r.grep))].sort()).toEqual([
      'boundary values: valid ones are created, invalid ones rejected',
      'invalid requests are rejected: missing required properties',
    ]);
    for (const replay of found) {
      const again = await runConformance({ ...env, CONFORMANCE_SEED: replay.seed, CONFORMANCE_REPLAY_PATH: replay.path }, ['-g', replay.grep]);
      expect(again.exitCode, again.output).toBe(1);
      expect(again.output).toContain('1 nonconformance(s) in 1 cases');
    }
  } finally {
    await server.close();
  }
});
