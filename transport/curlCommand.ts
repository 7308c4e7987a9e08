import type { WireRequest } from '../vocabulary/Exchange.ts';
import { redactRequest } from './redact.ts';
import { requestIdHeaders } from './requestIdHeaders.ts';

/**
 * A curl line that re-sends the request by hand. The token is never printed: the line reads it
 * from `$API_TOKEN`, the same variable the suite uses (`tokenVariable` names another, e.g. the
 * reference's token in a differential run). Given the token, the line is exact for
 * deliberately bad credentials too: only occurrences of the token itself become `$API_TOKEN`
 * (`Token $API_TOKEN`), and a credential that does not contain it (a made-up wrong token) is
 * printed as sent, since it is no secret. Without it, any bearer credential reads `$API_TOKEN`.
 * The request id and `traceparent` the suite added are left out: a request sent by hand is another
 * request, and must not appear in the target's logs under the id that names the judged one.
 */
export function curlCommand(request: WireRequest, apiToken?: string, tokenVariable = 'API_TOKEN'): string {
  const variable = `$${tokenVariable}`;
  const safe = redactRequest(request);
  const parts = ['curl', '-sS', '-i', '-X', safe.method, shellQuote(safe.url)];
  const ids = requestIdHeaders(request);
  for (const [name, value] of Object.entries(safe.headers)) {
    if (name in ids) continue;
    const sent = request.headers[name] ?? value;
    let header: string;
    const secretVariable = request.secretHeaders?.[name];
    if (secretVariable !== undefined) {
      header = `"${name}: $${secretVariable}"`;
    } else if (name === 'authorization' && apiToken) {
      header = sent.includes(apiToken) ? `"${`${name}: ${sent}`.split(apiToken).map(doubleQuoteEscape).join(variable)}"` : shellQuote(`${name}: ${sent}`);
    } else {
      header = name === 'authorization' && value.startsWith('Bearer ') ? `"${name}: Bearer ${variable}"` : shellQuote(`${name}: ${value}`);
    }
    parts.push('-H', header);
  }
  if (safe.body === undefined) return parts.join(' ');
  // A string body goes on the wire as UTF-8 (a lone surrogate as U+FFFD, as fetch encodes it).
  const bytes = typeof safe.body === 'string' ? new TextEncoder().encode(safe.body) : safe.body;
  const text = quotableText(bytes);
  if (text !== undefined) return [...parts, '--data-binary', shellQuote(text)].join(' ');
  return `printf '%b' ${printfBytes(bytes)} | ${[...parts, '--data-binary', '@-'].join(' ')}`;
}

/**
 * The body as text to quote, when quoting it sends the same bytes and keeps the line one readable
 * line: valid UTF-8 without control characters. Decoding anything else would print U+FFFD for the
 * bytes that made the case (an invalid-UTF-8 body could not be reproduced), and a shell argument
 * cannot hold a NUL at all.
 */
function quotableText(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
  const control = [...text].some((char) => {
    const code = char.codePointAt(0)!;
    return code < 0x20 || (code >= 0x7f && code <= 0x9f);
  });
  return control ? undefined : text;
}

/**
 * The bytes as the argument of POSIX `printf '%b'` (sh, dash, bash, zsh): printable ASCII as is,
 * every other byte, the backslash and the quote as a four-digit octal escape (`\0377`), which
 * `%b` reads whatever follows it. Single-quoted, so the shell changes nothing.
 */
function printfBytes(bytes: Uint8Array): string {
  let escaped = '';
  for (const byte of bytes) {
    const printable = byte >= 0x20 && byte < 0x7f && byte !== 0x5c && byte !== 0x27;
    escaped += printable ? String.fromCharCode(byte) : `\\0${byte.toString(8).padStart(3, '0')}`;
  }
  return `'${escaped}'`;
}

function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

function doubleQuoteEscape(text: string): string {
  return text.replace(/[\\"$`]/g, '\\$&');
}
