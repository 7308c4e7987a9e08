/** Where the property runs: what the replay command needs to target it again. */
export interface PropertyScope {
  readonly workerIndex: number;
  readonly replayCommand: (seed: number, path: string) => string;
  /** False to report findings with their first counterexample, unshrunk (the self-test only needs the verdict). */
  readonly shrink?: boolean;
}
