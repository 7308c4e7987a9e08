import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';

/**
 * The values `fc.sample(arbitrary, { seed, numRuns: runs })` would return, in the same order, but
 * each drawn only when `next()` asks for it: fast-check's own run loop (`fc.check`) draws them,
 * and the property holding each value waits until the next one is wanted. The same seed gives the
 * same values as `fc.sample` (tested); a run of 10,000 cases never holds 10,000 generated values,
 * and the first request goes out as soon as the first value exists. Calls to `next()` are
 * answered in the order they were made; none may be made past `runs`.
 */
export function lazyDraws<T>(arbitrary: Arbitrary<T>, seed: number, runs: number): () => Promise<T> {
  const consumers: Array<(value: T) => void> = [];
  const drawn: T[] = [];
  let resume: (() => void) | undefined;
  let started = false;
  const property = fc.asyncProperty(arbitrary, async (value) => {
    const consumer = consumers.shift();
    if (consumer) consumer(value);
    else drawn.push(value);
    if (consumers.length === 0)
      await new Promise<void>((resolve) => {
        resume = resolve;
      });
    return true;
  });
  return () => {
    if (!started) {
      started = true;
      void fc.check(property, { seed, numRuns: runs });
    }
    if (drawn.length > 0) return Promise.resolve(drawn.shift()!);
    const value = new Promise<T>((resolve) => consumers.push(resolve));
    const wake = resume;
    resume = undefined;
    wake?.();
    return value;
  };
}
