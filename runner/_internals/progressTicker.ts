/** What a long property reports while it runs. */
export interface ProgressSnapshot {
  readonly phase: string;
  readonly sent: number;
  readonly total: number;
  readonly errorFindings: number;
  readonly warningFindings: number;
}

export const PROGRESS_INTERVAL_MS = 5_000;

/**
 * Prints a progress line every `intervalMs` while a property runs, so a long run against a slow
 * target visibly moves. The first line comes only after one interval: short runs print nothing.
 * Returns the function that stops it.
 */
export function startProgressTicker(
  property: string, snapshot: () => ProgressSnapshot,
  { intervalMs = PROGRESS_INTERVAL_MS, print = (line: string) => console.log(line), every = repeatEvery }: TickerOptions = {},
): () => void {
  return every(intervalMs, () => {
    const { phase, sent, total, errorFindings, warningFindings } = snapshot();
    print(`  … ${property}: ${phase}, ${sent}/${total} cases done, findings so far: ${errorFindings} error, ${warningFindings} warning`);
  });
}

interface TickerOptions {
  readonly intervalMs?: number;
  readonly print?: (line: string) => void;
  /** Calls `tick` every `ms` until the returned function is called (a test passes a clock it drives). */
  readonly every?: (ms: number, tick: () => void) => () => void;
}

function repeatEvery(ms: number, tick: () => void): () => void {
  const timer = setInterval(tick, ms);
  timer.unref();
  return () => clearInterval(timer);
}
