import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequestPool } from '../../transport/createRequestPool.ts';
import { sendWithRetryAfter } from '../../transport/sendWithRetryAfter.ts';
import { autoAdvancingClock } from '../_support/autoAdvancingClock.ts';

async function serve(handler: Parameters<typeof createServer>[1]): Promise<{ url: string; server: Server }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

// The half that sends requests; the rate limit's spacing and a back-off's pause, on a driven clock, are in tests/unit/transport.politeness.spec.ts.
const OPTIONS = { timeoutMs: 5_000, maxBodyBytes: 1_000, maxRetries: 2, maxWaitMs: 2_000 };

test('the pool never has more than `concurrency` requests in flight at the server', async () => {
  let inFlight = 0;
  let peak = 0;
  // The first requests are held until 4 are in flight at once (so the peak is reached whatever the
  // timing); a pool that let a 5th through would show it before they are released.
  const held: Array<() => void> = [];
  let released = false;
  const { url, server } = await serve((_req, res) => {
    peak = Math.max(peak, ++inFlight);
    const answer = () => {
      inFlight--;
      res.end('{}');
    };
    if (released) return setImmediate(answer);
    held.push(answer);
    if (inFlight === 4) {
      released = true;
      held.splice(0).forEach((release) => setImmediate(release));
    }
  });
  const pool = createRequestPool(4, 0);
  await Promise.all(Array.from({ length: 40 }, () => pool.run(() => fetch(url).then((r) => r.text()))));
  server.close();
  expect(peak).toBe(4);
});

// The back-offs wait on a clock the test drives: a second of Retry-After costs no second, and the
// server sees when each request came on that clock.
test('429 with Retry-After is honoured, then the real answer is returned', async () => {
  const clock = autoAdvancingClock();
  const arrivals: number[] = [];
  const { url, server } = await serve((_req, res) => {
    if (arrivals.push(clock.now()) === 1) {
      res.writeHead(429, { 'retry-after': '1' });
      return res.end();
    }
    res.writeHead(201, { 'content-type': 'application/json' });
    res.end('{"id":"usr_x"}');
  });
  const waits: number[] = [];
  const exchange = await sendWithRetryAfter({ method: 'GET', url, headers: {}, body: undefined }, { ...OPTIONS, clock, onBackoff: (ms) => waits.push(ms) });
  server.close();
  expect(exchange.response?.status).toBe(201);
  expect(waits).toEqual([1_000]);
  expect(arrivals).toEqual([0, 1_000]);
});

test('a target that keeps answering 429 ends with the 429, after bounded retries and capped waits', async () => {
  const clock = autoAdvancingClock();
  const arrivals: number[] = [];
  const { url, server } = await serve((_req, res) => {
    arrivals.push(clock.now());
    res.writeHead(429, { 'retry-after': '3600' });
    res.end();
  });
  const waits: number[] = [];
  const exchange = await sendWithRetryAfter(
    { method: 'GET', url, headers: {}, body: undefined },
    { ...OPTIONS, maxWaitMs: 50, clock, onBackoff: (ms) => waits.push(ms) },
  );
  server.close();
  expect(exchange.response?.status).toBe(429);
  expect(arrivals).toEqual([0, 50, 100]);
  expect(waits).toEqual([50, 50]);
});
