import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { MALFORMED_BODIES } from '../../generators/mutations/malformedBodies.ts';
import { curlCommand } from '../../transport/curlCommand.ts';

// The curl line is printed for a user to paste into a shell: these run it as printed, through the
// shells it must work in, and compare the bytes that come out with the bytes the suite sent.
const run = promisify(execFile);
// sh is often one of the others: each shell once.
const SHELLS = [
  ...new Map(['/bin/sh', '/bin/bash', '/bin/dash', '/bin/zsh'].filter((shell) => existsSync(shell)).map((shell) => [realpathSync(shell), shell])).values(),
];
const encode = (text: string) => new TextEncoder().encode(text);

const BODIES: ReadonlyArray<readonly [string, Uint8Array]> = [
  ['invalid UTF-8 (the malformed-body catalogue)', MALFORMED_BODIES.find((m) => m.name === 'invalid-utf8')!.make('{"identifiers":[]}', 0) as Uint8Array],
  ['every byte value', Uint8Array.from({ length: 256 }, (_, i) => i)],
  ['NUL, line breaks, quotes and backslashes', encode('{"a":"x\u0000y"}\r\n\t \'"\\\\0101 %s %b \\c')],
];

for (const shell of SHELLS) {
  test(`the printf part of a raw-bytes curl line prints exactly the bytes sent, in ${shell}`, async () => {
    for (const [what, bytes] of BODIES) {
      const line = curlCommand({ method: 'POST', url: 'http://127.0.0.1:1/u', headers: {}, body: bytes });
      const printf = line.slice(0, line.indexOf(' | curl '));
      expect(printf, what).toMatch(/^printf '%b' '[^']*'$/);
      const { stdout } = await run(shell, ['-c', printf], { encoding: 'buffer' });
      expect([...stdout], what).toEqual([...bytes]);
    }
  });
}

test('the whole raw-bytes curl line, run verbatim by sh, sends the bytes', async () => {
  test.skip(!existsSync('/usr/bin/curl') && !existsSync('/bin/curl'), 'curl is not installed');
  const received: Buffer[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push(Buffer.concat(chunks));
      res.writeHead(400, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2/session/apps/a/users`;
    const bytes = BODIES[0]![1];
    const line = curlCommand(
      { method: 'POST', url, headers: { 'content-type': 'application/json', authorization: 'Bearer secret-token-1' }, body: bytes },
      'secret-token-1',
    );
    expect(line).not.toContain('secret-token-1');
    await run('sh', ['-c', line], { env: { PATH: process.env['PATH'], API_TOKEN: 'secret-token-1' } });
    expect([...received[0]!]).toEqual([...bytes]);
  } finally {
    server.close();
  }
});
