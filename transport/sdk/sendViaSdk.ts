import { randomUUID } from 'node:crypto';
import type { ProxySettings } from '../../config/proxySettings.ts';
import type { TargetConfig } from '../../config/targetConfig.ts';
import type { Exchange, WireRequest, WireResponse } from '../../vocabulary/Exchange.ts';
import type { SdkCall, SdkSurfaced } from '../../vocabulary/SdkCall.ts';
import { requestIdHeaders } from '../requestIdHeaders.ts';
import { CALL_HEADER, startRecordingProxy, type RecordingProxy } from './startRecordingProxy.ts';

type PreludeClient = InstanceType<typeof import('@prelude.so/sdk').default>;

// One recording proxy per target origin (and outside proxy and client certificate) and one client per (base URL, token), per worker process.
const proxies = new Map<string, Promise<RecordingProxy>>();
const clients = new Map<string, Promise<PreludeClient>>();

/**
 * Sends a create through the official Node SDK (`@prelude.so/sdk`, loaded only when this transport
 * is used), with its defaults (retries included: they are part of what is tested), via its
 * generic `client.post(path, { body })`, through a recording proxy in front of the target. The
 * exchange's response is what the SDK surfaced: for a resolved call the status, headers and parsed
 * body it returned, for a thrown `APIError` its status, headers and parsed error body (the raw
 * text, taken back from its message, when the body was not JSON); `exchange.sdk` holds that and
 * every HTTP request the proxy saw for the call, for `sdk_fidelity`. The recording proxy reaches
 * the target through `outside` (the run's HTTP_PROXY, HTTPS_PROXY, NO_PROXY), like the fetch transport,
 * presenting the target's client certificate when it is behind mutual TLS. The request id and
 * `traceparent` of `request` go as the call's own headers (the SDK's per-request `headers`), as an
 * application would pass them: the SDK's retries of the call re-send them.
 */
export async function sendViaSdk(request: WireRequest, body: unknown, target: TargetConfig, timeoutMs: number, outside?: ProxySettings): Promise<Exchange> {
  const base = new URL(target.baseUrl);
  const certificate = target.clientCertificate;
  const proxy = await memo(proxies, `${base.origin}\n${JSON.stringify(outside ?? null)}\n${certificate?.certPath ?? ''}`, () =>
    startRecordingProxy(base.origin, timeoutMs, outside, certificate),
  );
  const baseURL = proxy.url + base.pathname.replace(/\/+$/, '');
  const client = await memo(clients, `${baseURL}\n${target.apiToken}`, async () => {
    const { default: Prelude } = await import('@prelude.so/sdk');
    const defaultHeaders = Object.fromEntries(target.extraHeaders.map((h) => [h.name, h.value]));
    return new Prelude({ apiToken: target.apiToken, baseURL, timeout: timeoutMs, defaultHeaders });
  });
  const callId = randomUUID();
  const path = request.url.slice(target.baseUrl.length);
  const started = performance.now();
  const surfaced = await call(client, path, body, { ...requestIdHeaders(request), [CALL_HEADER]: callId });
  const elapsedMs = performance.now() - started;
  const wire = proxy.take(callId);
  const sdk: SdkCall = { surfaced, wire };
  const first = wire[0]?.request;
  const sent: WireRequest = first
    ? { method: first.method, url: base.origin + first.path, headers: first.headers, body: first.body, ...(request.trace ? { trace: request.trace } : {}) }
    : request;
  const response = surfacedResponse(surfaced);
  return {
    request: sent,
    response,
    failure: response ? undefined : surfaced.kind === 'threw' ? `${surfaced.errorClass}: ${surfaced.message}` : undefined,
    elapsedMs,
    sdk,
  };
}

async function call(client: PreludeClient, path: string, body: unknown, sent: Record<string, string>): Promise<SdkSurfaced> {
  try {
    const { data, response } = await client.post(path, { body, headers: sent }).withResponse();
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    return { kind: 'resolved', status: response.status, headers, data };
  } catch (error) {
    const e = error as Error & { status?: number; headers?: Record<string, string | null | undefined>; error?: unknown };
    const headers = e.headers && Object.fromEntries(Object.entries(e.headers).filter((h): h is [string, string] => typeof h[1] === 'string'));
    return { kind: 'threw', errorClass: e.constructor.name, status: e.status, headers, body: e.error, message: e.message };
  }
}

function surfacedResponse(surfaced: SdkSurfaced): WireResponse | undefined {
  if (surfaced.kind === 'resolved') return wireResponse(surfaced.status, surfaced.headers, surfaced.data, typeof surfaced.data === 'string');
  if (surfaced.status === undefined) return undefined;
  if (surfaced.body !== undefined) return wireResponse(surfaced.status, surfaced.headers ?? {}, surfaced.body, false);
  // The SDK keeps a non-JSON error body only inside its message: `<status> <text>`.
  const text =
    surfaced.message.startsWith(`${surfaced.status} `) && !/ status code \(no body\)$/.test(surfaced.message)
      ? surfaced.message.slice(String(surfaced.status).length + 1)
      : '';
  return wireResponse(surfaced.status, surfaced.headers ?? {}, text, true);
}

function wireResponse(status: number, headers: Readonly<Record<string, string>>, data: unknown, isText: boolean): WireResponse {
  if (!isText) return { status, headers, bodyText: JSON.stringify(data), json: data, isJson: true, truncated: false };
  const text = String(data);
  try {
    return { status, headers, bodyText: text, json: JSON.parse(text), isJson: text.trim() !== '', truncated: false };
  } catch {
    return { status, headers, bodyText: text, json: undefined, isJson: false, truncated: false };
  }
}

function memo<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let value = cache.get(key);
  if (!value) cache.set(key, (value = make()));
  return value;
}
