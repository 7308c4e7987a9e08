import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { validCaseArbitrary } from '../../generators/validCaseArbitrary.ts';
import { lazyDraws } from '../../runner/_internals/lazyDraws.ts';
import { specOperation } from '../_support/specFixture.ts';

test('lazy draws are the values fc.sample gives for the same seed, in the same order', async () => {
  const arbitrary = validCaseArbitrary(specOperation());
  for (const seed of [1, 42, 2026]) {
    const next = lazyDraws(arbitrary, seed, 60);
    const drawn = await Promise.all(Array.from({ length: 60 }, () => next()));
    expect(drawn).toEqual(fc.sample(arbitrary, { seed, numRuns: 60 }));
  }
});

test('a value is drawn only when asked for (at most one ahead), not all at the start', async () => {
  let made = 0;
  const next = lazyDraws(
    fc.nat().map((n) => {
      made++;
      return n;
    }),
    7,
    1_000,
  );
  await next();
  await next();
  // Whatever the draws could do without being asked has been done once the queue of pending
  // promise callbacks is empty: no timer, so no wait that a slow machine could make too short.
  await new Promise(setImmediate);
  expect(made).toBeLessThanOrEqual(3);
});
