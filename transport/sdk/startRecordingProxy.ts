import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ClientCertificate } from '../../config/clientCertificate.ts';
import type { ProxySettings } from '../../config/proxySettings.ts';
import { flatHeaders } from '../flatHeaders.ts';
import { DEFAULT_MAX_BODY_BYTES, sendRequest } from '../sendRequest.ts';
import type { ProxiedRequest } from '../../vocabulary/SdkCall.ts';

/** The header that ties each proxied request to the SDK call that sent it; stripped before forwarding. */
export const CALL_HEADER = 'x-conformance-call';

// Connection plumbing is each hop's own business; content-encoding is gone once the transport decoded the body.
const HOP_HEADERS = new Set(['host', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'proxy-connection', CALL_HEADER]);

export interface RecordingProxy {
  /** `http://127.0.0.1:<port>`: point the SDK's base URL here (plus the target's base path). */
  readonly url: string;
  /** Every request recorded for a call, in order; forgets them. */
  take(callId: string): ProxiedRequest[];
  close(): Promise<void>;
}

/**
 * A small HTTP proxy (loopback, ephemeral port) in front of `upstreamOrigin` that records every
 * request and the answer it got, grouped by the `x-conformance-call` header: how many HTTP
 * requests an SDK call really sent is counted here, not taken from the SDK. Answers are read with
 * the suite's own bounded, timed fetch; a target that does not answer makes the proxy drop the
 * connection, so the SDK sees a network failure as it would without the proxy. Requests go on to
 * the target through `proxy` (HTTP_PROXY, HTTPS_PROXY, NO_PROXY) as the fetch transport's do: the
 * SDK itself only ever talks to this loopback hop, which no outside proxy may stand in front of.
 * For a target behind mutual TLS, this forwarding leg is the one that presents `certificate`.
 */
export async function startRecordingProxy(
  upstreamOrigin: string,
  timeoutMs: number,
  proxy?: ProxySettings,
  certificate?: ClientCertificate,
): Promise<RecordingProxy> {
  const calls = new Map<string, ProxiedRequest[]>();
  // A request that fails midway (its client gone while its body was read) drops the connection instead
  // of leaving an unhandled rejection, which would end the Playwright worker that runs the proxy.
  const server = createServer((req, res) => void forward(req, res).catch(() => res.destroy()));
  const forward = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readAll(req);
    const headers = forwardable(req.headers);
    const callId = String(req.headers[CALL_HEADER] ?? 'unknown');
    const method = req.method ?? 'GET';
    const exchange = await sendRequest(
      { method, url: upstreamOrigin + (req.url ?? '/'), headers, body: method === 'GET' || method === 'HEAD' ? undefined : body },
      { timeoutMs, maxBodyBytes: DEFAULT_MAX_BODY_BYTES, proxy, clientCertificate: certificate },
    );
    const response = exchange.response && {
      status: exchange.response.status,
      headers: forwardable(exchange.response.headers),
      bodyText: exchange.response.bodyText,
    };
    const recorded: ProxiedRequest = { request: { method, path: req.url ?? '/', headers, body: body.toString('utf8') }, response, failure: exchange.failure };
    calls.set(callId, [...(calls.get(callId) ?? []), recorded]);
    if (!response) return void res.destroy();
    const bytes = Buffer.from(response.bodyText, 'utf8');
    res.writeHead(response.status, { ...response.headers, 'content-length': String(bytes.byteLength) });
    res.end(bytes);
  };
  // The SDK's keep-alive agent drops idle sockets after 4 s: the proxy must never close one first,
  // or a create sent on it just then fails and the SDK re-sends it, a retry the proxy would cause.
  server.keepAliveTimeout = 60_000;
  // The proxy lives as long as the worker that needs it, and never keeps it alive.
  server.on('connection', (socket) => socket.unref());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    take: (callId) => {
      const recorded = calls.get(callId) ?? [];
      calls.delete(callId);
      return recorded;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function forwardable(headers: IncomingMessage['headers'] | Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(flatHeaders(headers))
      .map(([name, value]) => [name.toLowerCase(), value] as const)
      .filter(([name]) => !HOP_HEADERS.has(name)),
  );
}

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
