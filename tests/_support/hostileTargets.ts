import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EMULATOR_DEFAULTS } from '../../emulator/emulatorDefaults.ts';

/** What a hostile server does with a create. */
export type Behaviour = (req: IncomingMessage, res: ServerResponse) => void;

const CREATED = '{"id":"usr_01jqebhswje1ka1z7ahr9rfsgt"}';
const json = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(body);
};

/**
 * A server that answers the preflight probes correctly (a body without identifiers, and the
 * disabled app), so the run starts, and misbehaves on every create.
 */
export async function hostileServer(behave: Behaviour): Promise<{ url: string; close(): void }> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      if (req.url?.includes(`/apps/${EMULATOR_DEFAULTS.disabledAppId}/`))
        return json(res, 403, '{"code":"session_disabled","status":"forbidden","message":"m"}');
      if (body === '{}') return json(res, 400, '{"code":"invalid_request","status":"bad_request","message":"m"}');
      behave(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

// Each hostile behaviour: what the server does, and what the run must report (it must end, exit 1,
// and say it in words). Judged in process (tests/integration/hostileTargets.spec.ts) and, for the
// behaviour that tests the process itself (a hang), through the real command (tests/cli). None may crash the suite, hang it, or exhaust its memory.
// `exitCode` 0: a behaviour the suite can only warn about (a 201 whose body is too large to read is
// judged by its status alone), the run then ends without an error.
// `timeoutMs`: the per-request timeout where 700 ms would make the outcome depend on the machine's load.
export const HOSTILE: ReadonlyArray<{ name: string; behave: Behaviour; expect: RegExp[]; exitCode?: number; timeoutMs?: string }> = [
  {
    name: 'no answer (per-request timeout)',
    behave: () => undefined,
    expect: [/no_server_error \(error\)/, /no response: no complete response within 700 ms/],
  },
  { name: 'connection reset', behave: (req) => req.socket.destroy(), expect: [/no_server_error \(error\)/, /no response: /] },
  {
    name: 'slow drip past the timeout',
    behave: (_req, res) => {
      res.writeHead(201, { 'content-type': 'application/json' });
      const timer = setInterval(() => res.write(' '), 100);
      res.on('close', () => clearInterval(timer));
    },
    expect: [/no response: no complete response within 700 ms/],
  },
  {
    name: 'non-JSON body on a documented status',
    behave: (_req, res) => json(res, 201, '<html>created</html>'),
    expect: [/response_schema \(error\).*the 201 body is not JSON/],
  },
  {
    name: '50 MB body (read bounded, named by its size, never called not JSON)',
    behave: (_req, res) => {
      res.writeHead(201, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(1024 * 1024, 'a');
      let sent = 0;
      const pump = () => {
        while (sent < 50 && res.write(chunk)) sent++;
        if (sent >= 50) res.end();
      };
      res.on('drain', () => {
        sent++;
        pump();
      });
      res.on('close', () => (sent = 50));
      pump();
    },
    // Counting stops past 4× the bound, at the end of whichever chunk crossed it: 4.0 MiB or a little more.
    expect: [/response_size.*the 201 body is more than [45]\.\d MiB, more than the 1\.0 MiB the suite reads: only its status was judged/],
    exitCode: 0,
    timeoutMs: '15000',
  },
  {
    name: 'redirect (not followed, flagged)',
    behave: (_req, res) => {
      res.writeHead(307, { location: 'http://127.0.0.1:1/elsewhere' });
      res.end();
    },
    expect: [/status_documented \(error\).*answered 307, a status the spec does not document/],
  },
  {
    name: 'invalid UTF-8 in the body',
    behave: (_req, res) => {
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(Buffer.from([0x7b, 0x22, 0x69, 0x64, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]));
    },
    expect: [/response_schema \(error\).*not valid UTF-8/],
  },
  {
    name: 'duplicate Content-Type headers',
    behave: (_req, res) => {
      res.setHeader('content-type', ['application/json', 'text/html']);
      res.writeHead(201);
      res.end(CREATED);
    },
    expect: [/content_type \(error\).*is not the documented application\/json/],
  },
  { name: '5xx storm', behave: (_req, res) => json(res, 503, '{"error":"overloaded"}'), expect: [/no_server_error \(error\).*server error HTTP 503/] },
];
