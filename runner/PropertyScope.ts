import type { ShowStep } from './ShowStep.ts';

/** Where the property runs: what the replay command needs to target it again. */
export interface PropertyScope {
  readonly workerIndex: number;
  readonly replayCommand: (seed: number, path: string) => string;
  /** False to report findings with their first counterexample, unshrunk (the self-test only needs the verdict). */
  readonly shrink?: boolean;
  /**
   * How the property's phases (exploring, each shrinking) are shown in the test's report, and in a
   * replay of one value each of its requests; unset, nothing is shown.
   */
  readonly showStep?: ShowStep;
}
