import { findingKey } from '../../vocabulary/findingKey.ts';
import type { CaseOutcome } from '../casePipeline.ts';
import type { SuiteContext } from '../suiteContext.ts';
import { ExplorationTally } from './ExplorationTally.ts';
import { exploreInOrder } from './exploreInOrder.ts';
import type { PropertyProgress } from './PropertyProgress.ts';
import type { ValueSource } from './ValueSource.ts';

// Values started ahead of the first one not yet judged (at least 8 per pool slot): bounds memory, not speed.
const EXPLORE_WINDOW = 256;

/** The first value that showed a finding: its exchanges, its index in the run, and whether the finding is an error. */
export interface FirstShown {
  readonly outcomes: readonly CaseOutcome[];
  readonly index: number;
  readonly isError: boolean;
}

/** What exploration keeps for the report: see `exploreValues`. */
export interface Exploration {
  readonly tally: ExplorationTally;
  /** Per distinct finding (by `findingKey`), the value that showed it first: its counterexample. */
  readonly firstShown: ReadonlyMap<string, FirstShown>;
  /** Every value's outcomes, kept only when the report needs them all (a differential run, the SDK transport). */
  readonly executions: ReadonlyArray<readonly CaseOutcome[]>;
}

/**
 * The exploration phase: every value of the run executed concurrently through the pool, and
 * consumed in index order as they complete; only what the report needs is kept: the tallies, and
 * per distinct finding the outcomes of the first value that showed it (its counterexample).
 */
export async function exploreValues<T>(
  source: ValueSource<T>,
  execute: (value: T) => Promise<readonly CaseOutcome[]>,
  context: SuiteContext,
  progress: PropertyProgress,
): Promise<Exploration> {
  const { config } = context;
  const tally = new ExplorationTally(context.operation);
  const keepAll = context.reference !== undefined || config.transport === 'sdk';
  const executions: Array<readonly CaseOutcome[]> = [];
  const firstShown = new Map<string, FirstShown>();
  await exploreInOrder(
    source.count,
    Math.max(EXPLORE_WINDOW, 8 * config.concurrency),
    () => source.next(),
    async (value) => progress.done(await execute(value)),
    (outcomes, index) => {
      for (const outcome of outcomes) tally.add(outcome);
      for (const outcome of outcomes) {
        for (const finding of outcome.results.findings) {
          const key = findingKey(finding);
          if (!firstShown.has(key)) firstShown.set(key, { outcomes, index, isError: finding.severity === 'error' });
        }
      }
      if (keepAll) executions.push(outcomes);
    },
  );
  return { tally, firstShown, executions };
}
