import { newTraceId } from '../../transport/newTraceId.ts';
import { casePipeline, type CaseOutcome } from '../casePipeline.ts';
import { differentialExecutor } from '../differentialExecutor.ts';
import type { PropertyDefinition } from '../PropertyDefinition.ts';
import type { PropertyScope } from '../PropertyScope.ts';
import { exchangeRecorder } from '../recording/exchangeRecorder.ts';
import type { SuiteContext } from '../suiteContext.ts';

/**
 * How a property executes one value, whatever the phase (exploring, shrinking, replaying): through
 * this worker's pipeline (its identity scope is the run id and the worker), on the reference too in
 * a differential run, each value one trace in the target's logs (a shrinking step is a trace of its
 * own). Every exchange goes to the `--record` recorder; the recorder appends to the worker's file,
 * so building one per property writes what one per worker would. The requests of a scenario are
 * shown as steps of the test only in a replay of one value (`CONFORMANCE_REPLAY_PATH`, as the
 * report's replay command runs its counterexample): a run's hundreds of values would bury its
 * report under thousands of them. The reference's side, run at the same time, is not shown.
 */
export function propertyExecutor<T>(
  definition: PropertyDefinition<T>,
  context: SuiteContext,
  scope: PropertyScope,
): (value: T) => Promise<readonly CaseOutcome[]> {
  const { config } = context;
  const pipeline = casePipeline(context, `${config.runId}w${scope.workerIndex}`, config.replayPath === undefined ? undefined : scope.showStep);
  const run = context.reference
    ? differentialExecutor(definition, pipeline, context, `${config.runId}r${scope.workerIndex}`)
    : (value: T) => definition.execute(value, pipeline.inTrace(newTraceId()), context);
  const record = exchangeRecorder(config, scope.workerIndex);
  return async (value) => {
    const outcomes = await run(value);
    for (const outcome of outcomes) record(outcome, definition.name, 'target');
    for (const outcome of outcomes[0]?.counterpart?.all ?? []) record(outcome, definition.name, 'reference');
    return outcomes;
  };
}
