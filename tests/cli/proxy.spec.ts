import { expect, test } from '@playwright/test';
import { createServer } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { runConformance, targetEnv } from '../_support/runConformance.ts';
import { startEmulator } from '../_support/startEmulator.ts';

/**
 * A forward proxy on loopback that records what it carries: absolute-form requests, and CONNECT
 * tunnels (what undici's proxy agent opens, for http targets too).
 */
async function startForwardProxy(): Promise<{ url: string; forwarded: string[]; close(): void }> {
  const forwarded: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => void (async () => {
      forwarded.push(`${req.method} ${req.url}`);
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !['host', 'connection', 'proxy-connection', 'content-length'].includes(k))) as Record<string, string>;
      const body = ['GET', 'HEAD'].includes(req.method ?? 'GET') ? undefined : Buffer.concat(chunks);
      const upstream = await fetch(req.url!, { method: req.method, headers, body }).catch(() => undefined);
      if (!upstream) return void res.destroy();
      res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
      res.end(Buffer.from(await upstream.arrayBuffer()));
    })().catch(() => res.destroy()));
  });
  server.on('connect', (req, client, head) => {
    forwarded.push(`CONNECT ${req.url}`);
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, forwarded,
    close: () => { server.closeAllConnections(); server.close(); },
  };
}

test('HTTP_PROXY: every request of the run, preflight included, goes through the proxy; NO_PROXY exempts the target', async () => {
  const emulator = await startEmulator();
  const proxy = await startForwardProxy();
  try {
    const run = await runConformance({ ...targetEnv(emulator.url), HTTP_PROXY: proxy.url }, ['-g', 'valid requests with fresh identities']);
    expect(run.exitCode, run.output).toBe(0);
    // Tunnels (or forwarded requests) to the target, and nothing anywhere else.
    const target = new URL(emulator.url).host;
    expect(proxy.forwarded.length).toBeGreaterThan(0);
    expect(proxy.forwarded.every((line) => line === `CONNECT ${target}` || line.includes(`${emulator.url}/v2/session/apps/`))).toBe(true);

    const before = proxy.forwarded.length;
    const direct = await runConformance({ ...targetEnv(emulator.url), HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' }, ['-g', 'valid requests with fresh identities']);
    expect(direct.exitCode, direct.output).toBe(0);
    expect(proxy.forwarded.length).toBe(before);
  } finally {
    proxy.close();
    await emulator.close();
  }
});
