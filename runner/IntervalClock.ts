/**
 * Time as the progress machinery sees it: a repeating tick and the current instant. Production
 * uses the real one; a test passes a clock it drives, so no outcome depends on timing.
 */
export interface IntervalClock {
  /** Calls `tick` every `ms` until the returned function is called; never keeps the process alive. */
  every(ms: number, tick: () => void): () => void;
  /** Milliseconds on a monotonic scale. */
  now(): number;
}

/** The real clock: `setInterval` (unref'd) and `performance.now()`. */
export const REAL_CLOCK: IntervalClock = {
  every: (ms, tick) => {
    const timer = setInterval(tick, ms);
    timer.unref();
    return () => clearInterval(timer);
  },
  now: () => performance.now(),
};
