import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A server on loopback that gives every request the same answer: a target that is not the API at all. */
export async function plainServer(status: number, headers: Record<string, string>, body: string): Promise<{ url: string; close: () => void }> {
  const server = createServer((_req, res) => {
    res.writeHead(status, headers);
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}
