import { REAL_WAITING_CLOCK, type WaitingClock } from './WaitingClock.ts';

/** Runs async tasks with at most `concurrency` in flight and at most `rps` started per second. */
export interface RequestPool {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Holds back every start for `ms` (a 429 with Retry-After is about the client, not one request). */
  pauseFor(ms: number): void;
}

/**
 * A bounded pool: the lever for throughput against remote targets (latency hidden by concurrency)
 * and for politeness against shared ones (`CONFORMANCE_CONCURRENCY`, `CONFORMANCE_RPS`).
 * `rps` 0 means no rate limit. Starts are spaced evenly rather than in bursts, on `clock`.
 */
export function createRequestPool(concurrency: number, rps: number, clock: WaitingClock = REAL_WAITING_CLOCK): RequestPool {
  let active = 0;
  const waiting: Array<() => void> = [];
  const interval = rps > 0 ? 1000 / rps : 0;
  let nextStart = 0;

  let pausedUntil = 0;

  const acquire = async (): Promise<void> => {
    // A released slot is handed straight to the next waiter, so `active` never overshoots.
    if (active < concurrency) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    const now = clock.now();
    const start = Math.max(now, nextStart, pausedUntil);
    nextStart = start + interval;
    if (start > now) await clock.wait(start - now);
  };
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else active--;
  };
  return {
    pauseFor(ms) {
      pausedUntil = Math.max(pausedUntil, clock.now() + ms);
    },
    async run(task) {
      await acquire();
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}
