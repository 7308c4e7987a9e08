import type { ServerChoices } from './latitude.ts';

/** How a server reads request bytes: the two parsing topics of `LATITUDE`. */
export type Parsing = Pick<ServerChoices, 'requestMediaType' | 'requestEncoding'>;

export const STRICT_PARSING: Parsing = { requestMediaType: 'strict', requestEncoding: 'strict' };
export const LENIENT_PARSING: Parsing = { requestMediaType: 'lenient', requestEncoding: 'lenient' };

/** What a server reading with `Parsing` makes of a body: a JSON value, or why it cannot read one. */
export type BodyReading =
  | { readonly ok: true; readonly json: unknown }
  | { readonly ok: false; readonly problem: 'media type' | 'empty' | 'encoding' | 'syntax'; readonly detail: string };

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const LENIENT_UTF8 = new TextDecoder('utf-8');

/**
 * The body as a server with these parsing choices reads it. Strict: the documented media type,
 * then UTF-8 (RFC 8259 §8.1), then JSON. Lenient: the header is not looked at, and invalid bytes
 * become U+FFFD (Go's encoding/json); what that yields is then judged as the request it is. The
 * emulator reads with its own choices; checks ask what a lenient server would have read.
 */
export function readRequestBody(mediaType: string, contentType: string | undefined, body: string | Uint8Array | undefined, parsing: Parsing): BodyReading {
  const sent = contentType?.split(';')[0]?.trim().toLowerCase();
  if (parsing.requestMediaType === 'strict' && sent !== mediaType.toLowerCase()) {
    return {
      ok: false,
      problem: 'media type',
      detail: `Content-Type ${contentType === undefined ? 'missing' : JSON.stringify(contentType)}; the spec documents ${mediaType}`,
    };
  }
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  if (bytes === undefined || bytes.byteLength === 0) return { ok: false, problem: 'empty', detail: 'no body' };
  let text: string;
  try {
    text = (parsing.requestEncoding === 'strict' ? STRICT_UTF8 : LENIENT_UTF8).decode(bytes);
  } catch {
    return { ok: false, problem: 'encoding', detail: 'the body is not UTF-8 (RFC 8259 §8.1)' };
  }
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    return { ok: false, problem: 'syntax', detail: `the body is not JSON (${(error as Error).message})` };
  }
}
