import { ConfigError } from './ConfigError.ts';

const DEFAULT_HEADER = 'X-Request-ID';
/** The value that turns both ids off: for a target (a strict gateway, a signature over the headers) that refuses headers it does not know. */
const OFF = 'none';
// RFC 9110 §5.6.2: a field name is a token.
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// Headers the suite sends for its own reasons: a request id there would replace one of them.
const TAKEN: ReadonlySet<string> = new Set([
  'authorization',
  'content-type',
  'content-length',
  'accept',
  'host',
  'transfer-encoding',
  'connection',
  'traceparent',
  'tracestate',
]);

/**
 * The header every request carries its request id in (`CONFORMANCE_REQUEST_ID_HEADER`,
 * `--request-id-header`), as written (the transport sends it lower case, as all headers), or
 * undefined when `none` turned the ids off: then neither the request id nor `traceparent` is sent.
 * Unset or empty is the default, `X-Request-ID`, the name most gateways and frameworks log.
 */
export function parseRequestIdHeader(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === '') return DEFAULT_HEADER;
  const name = raw.trim();
  if (name.toLowerCase() === OFF) return undefined;
  if (!TOKEN.test(name))
    throw new ConfigError(`CONFORMANCE_REQUEST_ID_HEADER (--request-id-header): ${JSON.stringify(name.slice(0, 60))} is not a header name (an HTTP token).`);
  if (TAKEN.has(name.toLowerCase()))
    throw new ConfigError(`CONFORMANCE_REQUEST_ID_HEADER (--request-id-header): ${name} is a header the suite sends for another purpose; choose another name.`);
  return name;
}
