/**
 * Runs `body` as a step titled `title` of the running test, so that Playwright's own reports (the
 * HTML report, a trace) show it with its duration, and returns what `body` returns. The suite's
 * tests pass Playwright's `test.step`; where no test is running (a benchmark, a test that runs a
 * property in-process) the step is only run (`runUnshown`).
 */
export type ShowStep = <R>(title: string, body: () => Promise<R>) => Promise<R>;

/** A step run without being shown anywhere. */
export const runUnshown: ShowStep = (_title, body) => body();
