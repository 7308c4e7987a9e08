import { expect, test } from '@playwright/test';
import { withFaultyServer } from '../_support/faultyServer.ts';
import { runConformance, targetEnv } from '../_support/runConformance.ts';
import { FAULT_CATALOGUE } from '../faults/faultCatalogue.ts';

// Without PRELUDE_DISABLED_APP_ID for an external target, the 403 property is skipped: conformanceCommand.spec.ts.

test('a server that creates twice under concurrency fails exactly_once, with the burst and its curl line', async () => {
  await withFaultyServer(FAULT_CATALOGUE.racyCreate.fault(), async (url) => {
    const run = await runConformance(targetEnv(url), ['tests/conformance/exactlyOnce.spec.ts']);
    expect(run.exitCode, run.output).toBe(1);
    expect(run.output).toContain('exactly_once (error)');
    // A race: at least two of the burst won it (which is the fault), never a fixed count.
    expect(run.output).toMatch(/[2-8] of 8 identical creates sent at once were answered 201/);
    expect(run.output).toMatch(/1\. exactly_once \(8× at once\) → 201 ×[2-8]/);
    expect(run.output).toContain('-H "authorization: Bearer $API_TOKEN"');
  });
});

test('a model-based failure prints its shortest command sequence, each step with its curl line, and the replay', async () => {
  await withFaultyServer(FAULT_CATALOGUE.createsDuplicateIdentifier.fault(), async (url) => {
    // A pinned seed whose sequences reuse a created user's identifier (not every seed's 12 do).
    const run = await runConformance({ ...targetEnv(url), CONFORMANCE_SEED: '2' }, ['tests/conformance/modelRun.spec.ts']);
    expect(run.exitCode, run.output).toBe(1);
    expect(run.output).toContain('conflict (error) in model/reuse-identifier');
    expect(run.output).toMatch(
      /steps \(each with its curl line.*\n +1\. .* → 201\n.*\n +curl .*\n +2\. reuse identifier of user #1 \(reused: identifier\) → 201\n/,
    );
    expect(run.output).toMatch(/replay: +.*CONFORMANCE_SEED=-?\d+ CONFORMANCE_REPLAY_PATH=[\d:]+ npx playwright test/);
  });
});
