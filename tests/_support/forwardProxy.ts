import { createServer } from 'node:http';
import { connect, type AddressInfo } from 'node:net';

// What the proxy keeps of the bytes it tunnels: plenty for a short run's request heads.
const MAX_TUNNELLED_BYTES = 4 * 1024 * 1024;

/**
 * A forward proxy on loopback that records what it carries: absolute-form requests, and CONNECT
 * tunnels (what undici's proxy agent opens, for http targets too), with the bytes the client sent
 * through them (plain HTTP to an http target: who sent a request can be read from its headers).
 */
export async function startForwardProxy(): Promise<{ url: string; forwarded: string[]; tunnelled(): string; close(): void }> {
  const forwarded: string[] = [];
  const tunnelled: Buffer[] = [];
  let tunnelledBytes = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on(
      'end',
      () =>
        void (async () => {
          forwarded.push(`${req.method} ${req.url}`);
          const headers = Object.fromEntries(
            Object.entries(req.headers).filter(([k]) => !['host', 'connection', 'proxy-connection', 'content-length'].includes(k)),
          ) as Record<string, string>;
          const body = ['GET', 'HEAD'].includes(req.method ?? 'GET') ? undefined : Buffer.concat(chunks);
          const upstream = await fetch(req.url!, { method: req.method, headers, body }).catch(() => undefined);
          if (!upstream) return void res.destroy();
          res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
          res.end(Buffer.from(await upstream.arrayBuffer()));
        })().catch(() => res.destroy()),
    );
  });
  server.on('connect', (req, client, head) => {
    forwarded.push(`CONNECT ${req.url}`);
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      client.on('data', (chunk: Buffer) => {
        if (tunnelledBytes + chunk.byteLength > MAX_TUNNELLED_BYTES) return;
        tunnelled.push(chunk);
        tunnelledBytes += chunk.byteLength;
      });
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    forwarded,
    tunnelled: () => Buffer.concat(tunnelled).toString('latin1'),
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}
