import { differential } from '../checks/differential.ts';
import { runChecks } from '../checks/runChecks.ts';
import { newTraceId } from '../transport/newTraceId.ts';
import { casePipeline, type CaseOutcome, type CasePipeline } from './casePipeline.ts';
import type { PropertyDefinition } from './PropertyDefinition.ts';
import type { SuiteContext } from './suiteContext.ts';
import { groupSteps } from './_internals/groupSteps.ts';

/**
 * In a differential run (`PRELUDE_REFERENCE_URL`), how a property executes a generated value: on
 * the target and on the reference at once, each through its own pipeline (its own identity scope,
 * of the same length as the target's so both sides can freshen the same values, and the two never
 * collide even on one shared backend, and its own scenario state: a reuse step
 * reuses what was sent to the same target), every exchange judged by every check on its own side.
 * Then the two runs are compared step by step by the `differential` check, whose findings land on
 * the target's outcomes like any other: they are deduplicated, shrunk and replayed (one seed and
 * path replays both sides) with no further machinery. Each target outcome keeps its counterpart.
 * Both sides' requests of a value share one trace id, so the two targets' logs tell one story.
 */
export function differentialExecutor<T>(
  property: Pick<PropertyDefinition<T>, 'execute'>,
  pipeline: CasePipeline,
  context: SuiteContext,
  referenceScope: string,
): (value: T) => Promise<readonly CaseOutcome[]> {
  const reference = context.reference!;
  const referencePipeline = casePipeline(reference, referenceScope);
  return async (value) => {
    const trace = newTraceId();
    const [onTarget, onReference] = await Promise.all([
      property.execute(value, pipeline.inTrace(trace), context),
      property.execute(value, referencePipeline.inTrace(trace), reference),
    ]);
    return compareSteps(onTarget, onReference, context);
  };
}

function compareSteps(onTarget: readonly CaseOutcome[], onReference: readonly CaseOutcome[], context: SuiteContext): CaseOutcome[] {
  const targetSteps = groupSteps(onTarget);
  const referenceSteps = groupSteps(onReference);
  return targetSteps.flatMap((step, index) => {
    // Steps the reference ran beyond the target's last are compared with that last step.
    const counterparts = index === targetSteps.length - 1 ? referenceSteps.slice(index).flat() : (referenceSteps[index] ?? []);
    const comparison = { target: step.map((o) => o.exchange), reference: counterparts.map((o) => o.exchange) };
    return step.map((outcome, copy): CaseOutcome => {
      const { operation, profile, history } = context;
      const judges = context.selection.checks.filter((c) => c === differential);
      const compared = runChecks(
        { operation, profile, history, testCase: outcome.testCase, exchange: outcome.exchange, response: outcome.exchange.response, reference: comparison },
        judges,
      );
      return {
        ...outcome,
        results: { applied: [...outcome.results.applied, ...compared.applied], findings: [...outcome.results.findings, ...compared.findings] },
        counterpart: { step: counterparts[copy] ?? counterparts[0], all: onReference },
      };
    });
  });
}
