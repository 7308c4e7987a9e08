import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequestPool } from '../../transport/createRequestPool.ts';
import { sendWithRetryAfter } from '../../transport/sendWithRetryAfter.ts';

async function serve(handler: Parameters<typeof createServer>[1]): Promise<{ url: string; server: Server }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

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

test('CONFORMANCE_RPS: no one-second window at the server sees more than the limit', async () => {
  const arrivals: number[] = [];
  const { url, server } = await serve((_req, res) => {
    arrivals.push(performance.now());
    res.end('{}');
  });
  const pool = createRequestPool(8, 10);
  await Promise.all(Array.from({ length: 25 }, () => pool.run(() => fetch(url).then((r) => r.text()))));
  server.close();
  const busiest = Math.max(...arrivals.map((t) => arrivals.filter((u) => u >= t && u < t + 1_000).length));
  expect(busiest).toBeLessThanOrEqual(11);
  expect(arrivals).toHaveLength(25);
});

test('429 with Retry-After is honoured, then the real answer is returned', async () => {
  let calls = 0;
  const { url, server } = await serve((_req, res) => {
    if (calls++ === 0) {
      res.writeHead(429, { 'retry-after': '1' });
      return res.end();
    }
    res.writeHead(201, { 'content-type': 'application/json' });
    res.end('{"id":"usr_x"}');
  });
  const waits: number[] = [];
  const exchange = await sendWithRetryAfter({ method: 'GET', url, headers: {}, body: undefined }, { ...OPTIONS, onBackoff: (ms) => waits.push(ms) });
  server.close();
  expect(exchange.response?.status).toBe(201);
  expect(waits).toEqual([1_000]);
});

test('a target that keeps answering 429 ends with the 429, after bounded retries and capped waits', async () => {
  let calls = 0;
  const { url, server } = await serve((_req, res) => {
    calls++;
    res.writeHead(429, { 'retry-after': '3600' });
    res.end();
  });
  const waits: number[] = [];
  const exchange = await sendWithRetryAfter(
    { method: 'GET', url, headers: {}, body: undefined },
    { ...OPTIONS, maxWaitMs: 50, onBackoff: (ms) => waits.push(ms) },
  );
  server.close();
  expect(exchange.response?.status).toBe(429);
  expect(calls).toBe(3);
  expect(waits).toEqual([50, 50]);
});
