/**
 * The exit codes of every program of the suite (the run and its shard merge, `replay`, `spec:diff`,
 * `report:diff`, the emulator and the tools around them), written once: a CI gate reads the same
 * number the same way whichever command it runs. Each command words what its own findings are.
 */
export const EXIT_CODES = {
  /** Nothing the command judges fails: a conformant run, no failing change or regression. */
  passed: 0,
  /** The command judged and found what fails it: a finding at or above `--fail-on`, a failing change, a regression. */
  findings: 1,
  /**
   * Nothing could be judged as asked: a configuration, spec, profile or target error, a bad flag or
   * an unreadable input, said in one line per problem before anything is sent.
   */
  configuration: 2,
  /**
   * The run judged nothing: a dry run, or a selection that matched no conformance test. Distinct from
   * `passed`, so a gate left in plan mode, or filtered down to nothing, never goes green; distinct
   * from `findings` and `configuration`, since nothing was found wrong.
   */
  nothingJudged: 3,
} as const;

/** One of the suite's exit codes. */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];
