import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import type { ResponseStyle, ServerChoices } from '../spec/latitude.ts';
import { decideCreateUser, type EmulatorSettings } from './decideCreateUser.ts';
import type { EmulatorAnswer } from './EmulatorAnswer.ts';
import { UserStore } from './UserStore.ts';
import { guardSlowClients } from './_internals/guardSlowClients.ts';

export interface EmulatorOptions extends EmulatorSettings {
  readonly operation: CreateUserOperation;
  readonly apps: ReadonlyArray<{ readonly id: string; readonly sessionEnabled: boolean }>;
  readonly bodyLimitBytes: number;
  /** Slow clients are cut off after these (slowloris): headers, then the whole request. */
  readonly timeouts?: { readonly headersMs: number; readonly requestMs: number };
}

const DEFAULT_TIMEOUTS = { headersMs: 10_000, requestMs: 30_000 };

export interface Emulator {
  readonly server: Server;
  readonly store: UserStore;
}

// Past this many bytes an over-limit body is no longer drained: the connection is closed.
const DRAIN_FACTOR = 8;

/**
 * The reference emulator as a node:http server: routing, body reading with a size limit, and
 * timeouts that keep slow clients from holding the server. The semantics live in
 * `decideCreateUser`. Any request, however malformed, gets a JSON answer; a 5xx would be a bug.
 */
export function createEmulatorServer(options: EmulatorOptions): Emulator {
  const store = new UserStore();
  for (const app of options.apps) store.addApp(app.id, app.sessionEnabled);
  const route = routeMatcher(options.operation.pathTemplate);
  const timeouts = options.timeouts ?? DEFAULT_TIMEOUTS;
  const send = answerWriter(options.choices.responses);
  const rateLimited = rateLimiter(options.choices.rateLimitEvery);
  const server = createServer({ keepAliveTimeout: 5_000 }, (req, res) => {
    const appId = route(req.url ?? '');
    if (appId === undefined) {
      return drainThen(req, res, () => send(res, { status: 404, body: { code: 'not_found', status: 'not_found', message: 'No such route.' } }));
    }
    if (req.method !== 'POST') {
      return drainThen(req, res, () =>
        send(res, rateLimited(`${req.method} ${req.url}`) ? RATE_LIMITED : OTHER_METHOD_ANSWERS[options.choices.undocumentedMethods](req.method ?? '')),
      );
    }
    readBody(req, options.bodyLimitBytes, (body, bodyTooLarge) => {
      if (rateLimited(`POST ${req.url} ${createHash('sha256').update(body).digest('hex')}`)) return send(res, RATE_LIMITED);
      try {
        const answer = decideCreateUser(
          { appId, authorization: req.headers.authorization, contentType: req.headers['content-type'], body, bodyTooLarge },
          store,
          options.operation,
          options,
        );
        send(res, answer, bodyTooLarge);
      } catch (error) {
        // A bug, not a decision: answer honestly (the suite's no_server_error will flag it) and keep serving.
        console.error('emulator: unexpected error', error);
        send(res, { status: 500, body: { code: 'internal_error', status: 'internal_server_error', message: 'Emulator bug.' } }, true);
      }
    });
  });
  guardSlowClients(server, timeouts.headersMs, timeouts.requestMs);
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    else socket.destroy();
  });
  return { server, store };
}

function routeMatcher(pathTemplate: string): (url: string) => string | undefined {
  const [before, after] = pathTemplate.split('{appID}') as [string, string];
  return (url) => {
    const path = url.split('?')[0] ?? '';
    if (!path.startsWith(before) || !path.endsWith(after)) return undefined;
    const raw = path.slice(before.length, path.length - after.length);
    if (raw === '' || raw.includes('/')) return undefined;
    try {
      return decodeURIComponent(raw);
    } catch {
      return undefined;
    }
  };
}

function readBody(req: IncomingMessage, limit: number, done: (body: Buffer, tooLarge: boolean) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let answered = false;
  const finish = (body: Buffer, tooLarge: boolean) => {
    if (answered) return;
    answered = true;
    done(body, tooLarge);
  };
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size <= limit) chunks.push(chunk);
    // Far over the limit: answer now instead of draining; `send` closes the connection.
    else if (size > limit * DRAIN_FACTOR) finish(Buffer.alloc(0), true);
  });
  req.on('end', () => finish(Buffer.concat(chunks), size > limit));
  req.on('error', () => req.destroy());
}

function drainThen(req: IncomingMessage, res: ServerResponse, answer: () => void): void {
  req.resume();
  req.on('end', answer);
  req.on('error', () => res.destroy());
}

/** Writes answers in the server's response style (`LATITUDE.responses`): none of it may change a verdict. */
function answerWriter(style: ResponseStyle): (res: ServerResponse, answer: EmulatorAnswer, closeAfter?: boolean) => void {
  let served = 0;
  return (res, answer, closeAfter = false) => {
    if (res.headersSent) return;
    const json = typeof answer.body !== 'string';
    const body =
      json && style.extraErrorProperties && answer.status >= 400
        ? { ...(answer.body as object), request_id: `req_${++served}`, type: 'api_error', param: null }
        : answer.body;
    const payload = typeof body === 'string' ? body : JSON.stringify(body);
    const headers: Record<string, string | number> = {
      ...(json
        ? { 'content-type': style.charset ? 'application/json; charset=utf-8' : 'application/json' }
        : payload === ''
          ? {}
          : { 'content-type': 'text/plain' }),
      ...(style.chunked ? {} : { 'content-length': Buffer.byteLength(payload) }),
      ...(style.extraHeaders
        ? { 'x-request-id': `req_${++served}`, ...(answer.status === 201 ? { location: `/users/${String((body as { id?: unknown }).id)}` } : {}) }
        : {}),
      ...(closeAfter || style.connectionClose ? { connection: 'close' } : {}),
      ...answer.headers,
    };
    const write = () => {
      if (res.headersSent || res.destroyed) return;
      res.writeHead(answer.status, headers);
      res.end(payload);
    };
    if (style.latencyMs > 0) setTimeout(write, style.latencyMs);
    else write();
  };
}

/**
 * `LATITUDE.rateLimiting` as the emulator plays it: every n-th new request is answered 429 first,
 * and its retry (the same method, path and body) goes through. Counting retries as new requests
 * would let a retry be the n-th again, and again, however often a client honours Retry-After.
 */
function rateLimiter(every: number): (signature: string) => boolean {
  let requests = 0;
  const limited = new Set<string>();
  return (signature) => {
    if (every <= 0) return false;
    if (limited.delete(signature)) return false;
    if (++requests % every !== 0) return false;
    limited.add(signature);
    return true;
  };
}

const RATE_LIMITED: EmulatorAnswer = {
  status: 429,
  body: { code: 'rate_limited', status: 'too_many_requests', message: 'Slow down.' },
  headers: { 'retry-after': '0' },
};

/** The answer to a method the spec does not document on the path, per legitimate choice. */
const OTHER_METHOD_ANSWERS: Readonly<Record<ServerChoices['undocumentedMethods'], (method: string) => EmulatorAnswer>> = {
  405: (method) => ({
    status: 405,
    body: { code: 'method_not_allowed', status: 'method_not_allowed', message: `${method} is not allowed here.` },
    headers: { allow: 'POST' },
  }),
  404: () => ({ status: 404, body: { code: 'not_found', status: 'not_found', message: 'No such route.' } }),
};
