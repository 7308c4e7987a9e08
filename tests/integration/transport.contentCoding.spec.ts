import { expect, test } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { sendRequest } from '../../transport/sendRequest.ts';

// The transport asks for gzip and deflate (as Node's fetch did) and must read what a server sends
// back as fetch would: decoded, still bounded when the decoded body is huge, a failure when corrupt.
const BODY = '{"id":"usr_01jqebhswje1ka1z7ahr9rfsgt"}';
const ANSWERS: Record<string, { encoding: string; bytes: Buffer }> = {
  '/gzip': { encoding: 'gzip', bytes: gzipSync(BODY) },
  '/deflate': { encoding: 'deflate', bytes: deflateSync(BODY) },
  '/br': { encoding: 'br', bytes: brotliCompressSync(BODY) },
  '/two-codings': { encoding: 'deflate, gzip', bytes: gzipSync(deflateSync(BODY)) },
  '/unknown-coding': { encoding: 'zz', bytes: Buffer.from(BODY) },
  '/bomb': { encoding: 'gzip', bytes: gzipSync(Buffer.alloc(50 * 1024 * 1024, 'a')) },
  '/corrupt': { encoding: 'gzip', bytes: Buffer.from('not gzip at all') },
};

test('content codings: gzip, deflate, br and stacked codings are decoded; a 50 MiB gzip bomb is read bounded; a corrupt coding is a failure', async () => {
  const server = createServer((req, res) => {
    const answer = ANSWERS[req.url ?? '']!;
    res.writeHead(201, { 'content-type': 'application/json', 'content-encoding': answer.encoding });
    res.end(answer.bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const send = (path: string) =>
    sendRequest(
      { method: 'POST', url: base + path, headers: { 'content-type': 'application/json' }, body: '{}' },
      { timeoutMs: 10_000, maxBodyBytes: 1024 * 1024 },
    );
  try {
    for (const path of ['/gzip', '/deflate', '/br', '/two-codings']) {
      expect((await send(path)).response?.json, path).toEqual(JSON.parse(BODY));
    }
    // A coding the transport cannot decode is kept as sent: here the bytes happen to be the JSON.
    expect((await send('/unknown-coding')).response?.bodyText).toBe(BODY);
    const bomb = (await send('/bomb')).response!;
    expect(bomb.truncated).toBe(true);
    expect(bomb.bodyText.length).toBe(1024 * 1024);
    expect(bomb.size!.bytes).toBeGreaterThan(4 * 1024 * 1024);
    expect(bomb.size!.bytes).toBeLessThan(50 * 1024 * 1024);
    const corrupt = await send('/corrupt');
    expect(corrupt.response).toBeUndefined();
    expect(corrupt.failure).toMatch(/^Z_DATA_ERROR: /);
  } finally {
    server.close();
  }
});
