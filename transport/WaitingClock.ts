import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Time as the transport's politeness sees it (the rate limit's spacing, a 429's back-off): the
 * current instant and a wait. Production uses the real one; a test passes a clock it drives, so
 * a second of back-off costs the test no second and no outcome depends on the machine's speed.
 */
export interface WaitingClock {
  /** Milliseconds on a monotonic scale. */
  now(): number;
  /** Resolves once `ms` have passed on this clock. */
  wait(ms: number): Promise<void>;
}

/** The real clock: `performance.now()` and a timer. */
export const REAL_WAITING_CLOCK: WaitingClock = {
  now: () => performance.now(),
  wait: async (ms) => {
    await sleep(ms);
  },
};
