import { progressIsListenedFor } from '../../config/sharedWithWorkers.ts';
import { REAL_CLOCK } from '../IntervalClock.ts';
import { progressRecordLine, type ProgressRecord } from '../progressRecord.ts';

/** How often a worker tells the console reporter where each of its properties stands. */
export const PROGRESS_INTERVAL_MS = 1_000;

/**
 * Reports a running property's progress every `intervalMs`, and once more when it stops (so the
 * console's totals include every property that ran, however short), as marked lines the console
 * reporter reads (see `ProgressRecord`); what the user sees, and how often, is the reporter's
 * business. Returns the function that stops it.
 */
export function startProgressTicker(
  snapshot: () => ProgressRecord,
  {
    intervalMs = PROGRESS_INTERVAL_MS,
    print = progressIsListenedFor() ? (line: string) => console.log(line) : () => undefined,
    every = (ms, tick) => REAL_CLOCK.every(ms, tick),
  }: TickerOptions = {},
): () => void {
  const report = () => print(progressRecordLine(snapshot()));
  const stop = every(intervalMs, report);
  return () => {
    stop();
    report();
  };
}

interface TickerOptions {
  readonly intervalMs?: number;
  readonly print?: (line: string) => void;
  /** Calls `tick` every `ms` until the returned function is called (a test passes a clock it drives). */
  readonly every?: (ms: number, tick: () => void) => () => void;
}
