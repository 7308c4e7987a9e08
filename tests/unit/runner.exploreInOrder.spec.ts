import { expect, test } from '@playwright/test';
import { exploreInOrder } from '../../runner/_internals/exploreInOrder.ts';

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const counting = () => {
  let n = 0;
  return () => Promise.resolve(n++);
};

test('results are consumed in index order whatever order they complete in, and never more than the window starts ahead', async () => {
  const consumed: number[] = [];
  let started = 0;
  let maxAhead = 0;
  await exploreInOrder(
    50,
    8,
    counting(),
    async (i) => {
      started++;
      maxAhead = Math.max(maxAhead, started - consumed.length);
      await later((i * 7) % 5);
      return i * 10;
    },
    (result, index) => {
      expect(result).toBe(index * 10);
      consumed.push(index);
    },
  );
  expect(consumed).toEqual(Array.from({ length: 50 }, (_, i) => i));
  expect(maxAhead).toBeLessThanOrEqual(8);
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
