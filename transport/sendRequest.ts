import { isUtf8 } from 'node:buffer';
import type { ReadableStreamReadResult } from 'node:stream/web';
import type { ProxySettings } from '../config/suiteConfig.ts';
import type { BodySize, Exchange, WireRequest, WireResponse } from '../vocabulary/Exchange.ts';
import { proxiedFetch } from './proxiedFetch.ts';

export interface SendOptions {
  readonly timeoutMs: number;
  /** Bodies beyond this are cut (and flagged), so a hostile target cannot exhaust memory. */
  readonly maxBodyBytes: number;
  /** Send through these proxies (see `proxiedFetch`); undefined: direct. */
  readonly proxy?: ProxySettings | undefined;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * Sends one request with Node's fetch: redirects are not followed (a redirect is an answer to
 * judge), every request has a deadline, and the body is read up to a bound. A network failure
 * is returned, not thrown, so it becomes a finding instead of a crashed test.
 */
export async function sendRequest(request: WireRequest, options: SendOptions): Promise<Exchange> {
  const started = performance.now();
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const res = await proxiedFetch(options.proxy)(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal,
    });
    const { bytes, truncated, size } = await readBounded(res, options.maxBodyBytes);
    const text = bytes.toString('utf8');
    const response: WireResponse = {
      status: res.status,
      readLimitBytes: options.maxBodyBytes,
      headers: Object.fromEntries(res.headers),
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

// Past the bound a body is counted, not kept, up to this many times the bound (or its
// Content-Length is believed), so its size can be reported without reading much more.
const COUNTED_FACTOR = 4;

async function readBounded(res: Response, maxBytes: number): Promise<{ bytes: Buffer; truncated: boolean; size: BodySize }> {
  if (!res.body) return { bytes: Buffer.alloc(0), truncated: false, size: { bytes: 0, atLeast: false } };
  const declared = Number(res.headers.get('content-length') ?? NaN);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    // A fetch body yields bytes; the stream's type leaves its chunks `any`.
    const { done, value } = (await reader.read()) as ReadableStreamReadResult<Uint8Array>;
    if (done) break;
    if (size <= maxBytes) chunks.push(value);
    size += value.byteLength;
    if (size > maxBytes * COUNTED_FACTOR || (size > maxBytes && declared > size)) {
      await reader.cancel();
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
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return `${cause.code}: ${cause.message ?? ''}`.trim();
  // fetch refuses the ports browsers block (e.g. 9, 6000) with a bare "bad port".
  if (cause?.message === 'bad port') return 'fetch refuses this port (one of the ports browsers block): use another port';
  return cause?.message ?? (error as Error).message;
}
