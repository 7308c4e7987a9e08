import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { CaseOutcome } from '../casePipeline.ts';
import type { PropertyValues } from '../PropertyDefinition.ts';
import type { SuiteContext } from '../suiteContext.ts';
import { lazyDraws } from './lazyDraws.ts';

/** A value that reproduced a finding (with its exchanges), and the replay path that gives it again. */
export interface MinimalValue {
  readonly outcomes: readonly CaseOutcome[];
  readonly path: string;
}

/**
 * Where a property's values come from: a fast-check arbitrary (sampled, shrunk) or a fixed list
 * (each value once, minimal by construction). The runner explores, then asks the source to
 * minimise each finding; replay paths are the source's own (`12:0:3`, or an index).
 */
export interface ValueSource<T> {
  /** True for fixed lists: a finding's value is confirmed by running it again, not shrunk. */
  readonly fixed: boolean;
  /** How many values the run has. */
  readonly count: number;
  /** The next value, in order, made when asked: a long run holds only the values in flight. */
  next(): Promise<T>;
  /** The replay path of the `index`-th value. */
  pathOf(index: number): string;
  /** Replays the value at `path` and minimises it while `reproduces` holds; undefined if it does not come back. */
  minimise(path: string, reproduces: (value: T) => Promise<readonly CaseOutcome[] | undefined>): Promise<MinimalValue | undefined>;
}

const SHRINK_REQUEST_BUDGET = 200;
// Per finding: against a target that times out every shrink step costs a whole timeout, and the
// SDK's retry backoff about 1.5 s per 409 call; without a time budget a run would shrink for hours
// instead of ending with its findings. The smallest counterexample found in time is reported.
const SHRINK_TIME_BUDGET_MS = 30_000;

/**
 * Values drawn from an arbitrary: those fast-check would draw (`fc.sample` with the property's
 * seed, drawn as they are needed: see `lazyDraws`), or the one value at `replayPath`. Findings shrink from their fast-check path, within a
 * budget of requests (a shrink step of a scenario costs all its requests) and of time.
 */
export function arbitraryValueSource<T>(arbitrary: Arbitrary<T>, seed: number, runs: number, replayPath: string | undefined): ValueSource<T> {
  const replayed = replayPath === undefined ? undefined : replayValue(arbitrary, seed, replayPath);
  return {
    fixed: false,
    count: replayed === undefined ? runs : 1,
    next: replayed === undefined ? lazyDraws(arbitrary, seed, runs) : () => Promise.resolve(replayed.v),
    pathOf: (index) => replayPath ?? String(index),
    async minimise(path, reproduces) {
      let requests = 0;
      let last: readonly CaseOutcome[] | undefined;
      const deadline = performance.now() + SHRINK_TIME_BUDGET_MS;
      const property = fc.asyncProperty(arbitrary, async (value) => {
        if (requests >= SHRINK_REQUEST_BUDGET || (last !== undefined && performance.now() > deadline)) return true;
        const outcomes = await reproduces(value);
        requests += outcomes?.length ?? 1;
        if (outcomes) last = outcomes;
        return outcomes === undefined;
      });
      const details = await fc.check(property, { seed, path, numRuns: 1 });
      return details.failed && last && details.counterexamplePath ? { outcomes: last, path: details.counterexamplePath } : undefined;
    },
  };
}

/**
 * A fixed list (the boundary phase, the methods): every value runs once, its replay path is its
 * index. A finding is confirmed by running its value again; there is nothing to shrink.
 */
export function fixedValueSource<T>(values: readonly T[], replayPath: string | undefined): ValueSource<T> {
  if (replayPath !== undefined && !(/^\d+$/.test(replayPath) && Number(replayPath) < values.length)) {
    throw new Error(`CONFORMANCE_REPLAY_PATH=${replayPath} is not a case of this property: its cases are numbered 0 to ${values.length - 1}.`);
  }
  const indexes = replayPath === undefined ? values.map((_, i) => i) : [Number(replayPath)];
  let taken = 0;
  return {
    fixed: true,
    count: indexes.length,
    next: () => Promise.resolve(values[indexes[taken++]!]!),
    pathOf: (index) => String(indexes[index]),
    async minimise(path, reproduces) {
      const outcomes = await reproduces(values[Number(path)]!);
      return outcomes && { outcomes, path };
    },
  };
}

function replayValue<T>(arbitrary: Arbitrary<T>, seed: number, path: string): { v: T } {
  let value: { v: T } | undefined;
  fc.check(
    fc.property(arbitrary, (v) => {
      value = { v };
      return false;
    }),
    { seed, path, endOnFailure: true, numRuns: 1 },
  );
  if (value === undefined) throw new Error(`cannot replay path ${path} with seed ${seed}`);
  return value;
}

/** The source for a property's values in this run: drawn ones sampled with its seed, or its fixed list. */
export function valueSource<T>(values: PropertyValues<T>, context: SuiteContext, seed: number, runs: number, replayPath: string | undefined): ValueSource<T> {
  return 'fixed' in values ? fixedValueSource(values.fixed(context), replayPath) : arbitraryValueSource(values.drawn(context), seed, runs, replayPath);
}
