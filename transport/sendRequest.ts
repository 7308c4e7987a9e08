import { isUtf8 } from 'node:buffer';
import { pipeline, type Readable, type Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { ClientCertificate } from '../config/clientCertificate.ts';
import type { ProxySettings } from '../config/proxySettings.ts';
import type { BodySize, Exchange, WireRequest, WireResponse } from '../vocabulary/Exchange.ts';
import { flatHeaders } from './flatHeaders.ts';
import { httpClientFor } from './httpClientFor.ts';

export interface SendOptions {
  readonly timeoutMs: number;
  /** Bodies beyond this are cut (and flagged), so a hostile target cannot exhaust memory. */
  readonly maxBodyBytes: number;
  /** Send through these proxies (see `httpClientFor`); undefined: direct. */
  readonly proxy?: ProxySettings | undefined;
  /** Presented in the TLS handshake (mutual TLS): the certificate of the target the request goes to. */
  readonly clientCertificate?: ClientCertificate | undefined;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

// What Node's fetch added to every request, which the suite sent before it used undici's request
// directly: the same codings asked for (and decoded), and a user agent, unless a request sets its own.
const DEFAULT_HEADERS = { 'accept-encoding': 'gzip, deflate', 'user-agent': 'node' };

/**
 * Sends one request with undici's `request` (the engine under Node's fetch, without fetch's web
 * streams and objects, which cost a third of the suite's time): redirects are not followed (a
 * redirect is an answer to judge), every request has a deadline, and the body is read up to a
 * bound. A network failure is returned, not thrown, so it becomes a finding instead of a crashed test.
 */
export async function sendRequest(request: WireRequest, options: SendOptions): Promise<Exchange> {
  const started = performance.now();
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const client = await httpClientFor(options.proxy, options.clientCertificate);
    const res = await client.request(request.url, {
      method: request.method,
      headers: { ...DEFAULT_HEADERS, ...request.headers },
      body: request.body,
      signal,
      dispatcher: client.dispatcher,
    });
    const body = decoded(res.body, res.headers['content-encoding']);
    // Content-Length counts the bytes as sent: it says nothing of a decoded body's size.
    const declared = body === res.body ? Number(res.headers['content-length'] ?? NaN) : NaN;
    const { bytes, truncated, size } = await readBounded(body, declared, options.maxBodyBytes);
    const text = bytes.toString('utf8');
    const response: WireResponse = {
      status: res.statusCode,
      readLimitBytes: options.maxBodyBytes,
      headers: flatHeaders(res.headers),
      bodyText: text,
      ...parseJson(text),
      truncated,
      ...(truncated ? { size } : {}),
      // A cut body may end inside a character: only a complete body can be judged.
      invalidUtf8: !truncated && !isUtf8(bytes),
    };
    return { request, response, failure: undefined, elapsedMs: performance.now() - started };
  } catch (error) {
    const elapsedMs = performance.now() - started;
    if (signal.aborted) return { request, response: undefined, failure: `no complete response within ${options.timeoutMs} ms`, timedOut: true, elapsedMs };
    return { request, response: undefined, failure: describeNetworkError(error), elapsedMs };
  }
}

const DECODERS: Record<string, () => Transform> = { gzip: createGunzip, 'x-gzip': createGunzip, deflate: createInflate, br: createBrotliDecompress };

/**
 * The body as fetch would give it: decoded from the content codings the server applied (the suite
 * asks for gzip and deflate), the last applied first; as sent when a coding is one we cannot decode.
 * A corrupt coding fails the read, which is reported as the exchange's failure.
 */
function decoded(body: Readable, contentEncoding: string | string[] | undefined): Readable {
  const codings = String(contentEncoding ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
  if (codings.length === 0 || !codings.every((c) => c in DECODERS)) return body;
  // pipeline destroys every stage when any fails or when the reader stops early; the read sees the error.
  return codings.reverse().reduce<Readable>((from, coding) => pipeline(from, DECODERS[coding]!(), () => undefined), body);
}

// Past the bound a body is counted, not kept, up to this many times the bound (or its
// Content-Length is believed), so its size can be reported without reading much more.
const COUNTED_FACTOR = 4;

async function readBounded(body: Readable, declared: number, maxBytes: number): Promise<{ bytes: Buffer; truncated: boolean; size: BodySize }> {
  const chunks: Buffer[] = [];
  let size = 0;
  // A body without setEncoding yields Buffers; a Readable's chunks are typed `any`.
  for await (const chunk of body as AsyncIterable<Buffer>) {
    if (size <= maxBytes) chunks.push(chunk);
    size += chunk.byteLength;
    if (size > maxBytes * COUNTED_FACTOR || (size > maxBytes && declared > size)) {
      body.destroy();
      const known = declared > size ? { bytes: declared, atLeast: false } : { bytes: size, atLeast: true };
      return { bytes: Buffer.concat(chunks).subarray(0, maxBytes), truncated: true, size: known };
    }
  }
  const bytes = Buffer.concat(chunks);
  return size > maxBytes
    ? { bytes: bytes.subarray(0, maxBytes), truncated: true, size: { bytes: size, atLeast: false } }
    : { bytes, truncated: false, size: { bytes: size, atLeast: false } };
}

function parseJson(text: string): { json: unknown; isJson: boolean } {
  if (text.trim() === '') return { json: undefined, isJson: false };
  try {
    return { json: JSON.parse(text), isJson: true };
  } catch {
    return { json: undefined, isJson: false };
  }
}

function describeNetworkError(error: unknown): string {
  const failure = error as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  const source = failure.cause?.code ? failure.cause : failure;
  return source.code ? `${source.code}: ${source.message ?? ''}`.trim() : (source.message ?? String(error));
}
