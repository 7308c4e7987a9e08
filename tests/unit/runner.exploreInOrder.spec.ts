import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { exploreInOrder } from '../../runner/_internals/exploreInOrder.ts';

const counting = () => {
  let n = 0;
  return () => Promise.resolve(n++);
};

test('results are consumed in index order whatever order they complete in, and never more than the window starts ahead', async () => {
  // fast-check's scheduler completes the executions in an order it draws (100 orders, a fixed seed):
  // no timer decides the order, so every run tries the same ones and none depends on the machine.
  await fc.assert(
    fc.asyncProperty(fc.scheduler(), async (scheduler) => {
      const consumed: Array<[index: number, result: number]> = [];
      let started = 0;
      let maxAhead = 0;
      const exploration = exploreInOrder(
        50,
        8,
        counting(),
        (i) => {
          started++;
          maxAhead = Math.max(maxAhead, started - consumed.length);
          return scheduler.schedule(Promise.resolve(i * 10), `execution ${i}`);
        },
        (result, index) => consumed.push([index, result]),
      );
      await scheduler.waitFor(exploration);
      // One expect per order, not one per result: Playwright's expect costs milliseconds a call.
      expect(consumed).toEqual(Array.from({ length: 50 }, (_, i) => [i, i * 10]));
      // The whole window is used (the executions overlap), and never more.
      expect(maxAhead).toBe(8);
    }),
    { seed: 2026, numRuns: 100 },
  );
});

test('a failing execution fails the exploration (a suite bug is never swallowed)', async () => {
  await expect(
    exploreInOrder(
      10,
      4,
      counting(),
      (i) => (i === 3 ? Promise.reject(new Error('suite bug')) : Promise.resolve(i)),
      () => {},
    ),
  ).rejects.toThrow('suite bug');
});

test('no values: nothing runs and it resolves', async () => {
  await exploreInOrder(
    0,
    4,
    () => Promise.reject(new Error('not called')),
    () => Promise.resolve(0),
    () => {
      throw new Error('not called');
    },
  );
});
