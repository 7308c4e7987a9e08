import type { PropertyReport } from '../vocabulary/PropertyReport.ts';
import type { PropertyDefinition } from './PropertyDefinition.ts';
import type { PropertyScope } from './PropertyScope.ts';
import { runUnshown } from './ShowStep.ts';
import type { SuiteContext } from './suiteContext.ts';
import { dryRunReport } from './_internals/dryRunReport.ts';
import { exploreValues } from './_internals/exploreValues.ts';
import { minimiseFindings } from './_internals/minimiseFindings.ts';
import { PropertyProgress } from './_internals/PropertyProgress.ts';
import { propertyExecutor } from './_internals/propertyExecutor.ts';
import { propertySeed } from './_internals/propertySeed.ts';
import { startProgressTicker } from './_internals/progressTicker.ts';
import { runMetadata, withoutCredentials } from './_internals/runMetadata.ts';
import { tallyAgreement } from './_internals/tallyAgreement.ts';
import { tallySdkCalls } from './_internals/tallySdkCalls.ts';
import { valueSource } from './_internals/ValueSource.ts';

/**
 * Runs one property against the target in two phases. Exploration: the run's values (the same
 * values fast-check would draw, via `fc.sample`, or a fixed list) are executed concurrently
 * through the pool (a value is a case, or a scenario whose steps run in order), and every
 * response goes through every check. Shrinking: each distinct error finding is replayed from its
 * path and shrunk to a minimal value (for a command sequence: the shortest) that still shows that
 * same finding; a fixed case is run again to confirm it. With `CONFORMANCE_REPLAY_PATH` set, it
 * replays exactly one value instead. Each phase is a step of the running test (`scope.showStep`).
 */
export async function checkProperty<T>(definition: PropertyDefinition<T>, context: SuiteContext, scope: PropertyScope): Promise<PropertyReport> {
  const { config } = context;
  const seed = propertySeed(config.seed, definition.name);
  const runs = Math.max(1, definition.runs?.(config.runs) ?? config.runs);
  // Made first, as a dry run too has always made it: with `--record`, its (empty) recording is written.
  const execute = propertyExecutor(definition, context, scope);
  const source = valueSource(definition.values, context, seed, runs, config.replayPath);
  if (config.dryRun) return dryRunReport(definition.name, context, source);
  const progress = new PropertyProgress(source.count);
  const stopTicker = startProgressTicker(() => progress.snapshot(definition.name));
  try {
    const explore = config.replayPath === undefined ? `explore ${source.count} values` : `replay the value at ${config.replayPath}`;
    const exploration = await (scope.showStep ?? runUnshown)(explore, () => exploreValues(source, execute, context, progress));
    const findings = await minimiseFindings(exploration, source, execute, context, scope, progress);
    return {
      property: definition.name,
      run: runMetadata(context),
      runSeed: config.seed,
      seed,
      cases: exploration.tally.exchanges,
      ...exploration.tally.summary(),
      findings,
      skipped: definition.skipped?.(context) ?? [],
      ...(config.reference ? { fidelity: tallyAgreement(exploration.executions, withoutCredentials(config.reference.baseUrl)) } : {}),
      ...(config.transport === 'sdk' ? { sdk: tallySdkCalls(exploration.executions) } : {}),
    };
  } finally {
    stopTicker();
  }
}
