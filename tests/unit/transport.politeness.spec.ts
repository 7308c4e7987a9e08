import { expect, test } from '@playwright/test';
import { createRequestPool } from '../../transport/createRequestPool.ts';
import { retryAfterMs } from '../../transport/sendWithRetryAfter.ts';
import { autoAdvancingClock } from '../_support/autoAdvancingClock.ts';

// The pure half, on a clock the test drives; the pool's concurrency and the retries against a server are in tests/integration/transport.politeness.spec.ts.
test('Retry-After is read as seconds or as an HTTP date', () => {
  expect(retryAfterMs('2')).toBe(2_000);
  expect(retryAfterMs(new Date(Date.now() + 5_000).toUTCString())).toBeGreaterThan(3_000);
  expect(retryAfterMs('soon')).toBeUndefined();
  expect(retryAfterMs(undefined)).toBeUndefined();
});

test('CONFORMANCE_RPS: starts are spaced evenly, so no one-second window sees more than the limit', async () => {
  const clock = autoAdvancingClock();
  const pool = createRequestPool(8, 10, clock);
  const starts: number[] = [];
  await Promise.all(Array.from({ length: 25 }, () => pool.run(() => Promise.resolve(starts.push(clock.now())))));
  expect(starts).toEqual(Array.from({ length: 25 }, (_, i) => i * 100));
  expect(Math.max(...starts.map((t) => starts.filter((u) => u >= t && u < t + 1_000).length))).toBe(10);
});

test("a 429's back-off holds back every start of the pool, not only the retried request", async () => {
  const clock = autoAdvancingClock();
  const pool = createRequestPool(4, 0, clock);
  const starts: number[] = [];
  await pool.run(() => Promise.resolve(pool.pauseFor(1_000)));
  await Promise.all(Array.from({ length: 3 }, () => pool.run(() => Promise.resolve(starts.push(clock.now())))));
  expect(starts).toEqual([1_000, 1_000, 1_000]);
});
