import { expect, test } from '@playwright/test';
import { retryAfterMs } from '../../transport/sendWithRetryAfter.ts';

// The pure half; the pool, the rate limit and the retries against a server are in tests/integration/transport.politeness.spec.ts.
test('Retry-After is read as seconds or as an HTTP date', () => {
  expect(retryAfterMs('2')).toBe(2_000);
  expect(retryAfterMs(new Date(Date.now() + 5_000).toUTCString())).toBeGreaterThan(3_000);
  expect(retryAfterMs('soon')).toBeUndefined();
  expect(retryAfterMs(undefined)).toBeUndefined();
});
