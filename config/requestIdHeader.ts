import { text, type ValueType } from './_internals/valueTypes.ts';

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

/** A header name for the request id, or `none`: checked like every setting, so messages name it as given. */
export const requestIdHeaderName: ValueType = {
  ...text('NAME|none'),
  problem: (raw) => {
    const name = raw.trim();
    if (name.toLowerCase() === OFF) return undefined;
    if (!TOKEN.test(name)) return 'is not a header name (an HTTP token).';
    if (TAKEN.has(name.toLowerCase())) return 'is a header the suite sends for another purpose; choose another name.';
    return undefined;
  },
};

/**
 * The header every request carries its request id in (`--request-id-header`), as written (the
 * transport sends it lower case, as all headers), or undefined when `none` turned the ids off: then
 * neither the request id nor `traceparent` is sent. Unset is the default, `X-Request-ID`, the name
 * most gateways and frameworks log. `raw` is already checked by `requestIdHeaderName`.
 */
export function parseRequestIdHeader(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === '') return DEFAULT_HEADER;
  return raw.trim().toLowerCase() === OFF ? undefined : raw.trim();
}
