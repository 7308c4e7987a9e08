import type { WaitingClock } from '../../transport/WaitingClock.ts';

/**
 * A clock that starts at 0 and moves only when something waits on it: once every pending callback
 * has run (a `setImmediate` turn), it jumps straight to the earliest wake-up and wakes that waiter.
 * Waits cost no real time, and what a test reads from `now()` is exact, however slow the machine.
 */
export function autoAdvancingClock(): WaitingClock {
  let time = 0;
  const sleepers: Array<{ readonly at: number; readonly wake: () => void }> = [];
  let advancing = false;
  const advance = (): void => {
    advancing = false;
    // Stable: waiters due at the same instant wake in the order they began to wait.
    sleepers.sort((a, b) => a.at - b.at);
    const next = sleepers.shift();
    if (!next) return;
    time = Math.max(time, next.at);
    next.wake();
    if (sleepers.length > 0) advanceWhenIdle();
  };
  const advanceWhenIdle = (): void => {
    if (advancing) return;
    advancing = true;
    setImmediate(advance);
  };
  return {
    now: () => time,
    wait: (ms) =>
      new Promise<void>((wake) => {
        sleepers.push({ at: time + ms, wake });
        advanceWhenIdle();
      }),
  };
}
