import type { WireRequest } from '../vocabulary/Exchange.ts';

/** Header names that carry credentials, whatever the target calls them (either direction). */
const CREDENTIAL_HEADER = /auth|token|secret|api-?key|cookie|password|session/i;

export const REDACTED = '<redacted>';

/** Shorter secrets are not scrubbed by value: replacing them would mangle ordinary text. */
const MIN_SCRUBBED_SECRET_LENGTH = 8;

/**
 * A copy of the request safe to print or write: credential headers keep their scheme
 * (`Bearer <redacted>`) so a reader still sees which kind of auth was sent.
 */
export function redactRequest(request: WireRequest): WireRequest {
  const headers = redactHeaders(request.headers);
  for (const name of Object.keys(request.secretHeaders ?? {})) if (name in headers) headers[name] = REDACTED;
  return { ...request, headers };
}

/** Headers with every credential-named value redacted: requests, and responses that echo them. */
export function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const safe: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    safe[name] = CREDENTIAL_HEADER.test(name) ? redactValue(value) : value;
  }
  return safe;
}

/**
 * The last line of defence for text about to be written (reports, failure messages): a target
 * that echoes the token in a body or a message must not make us write it. Covers the raw and the
 * JSON-escaped spelling, since reports are JSON.
 */
export function scrubSecret(text: string, secret: string): string {
  if (secret.length < MIN_SCRUBBED_SECRET_LENGTH) return text;
  const escaped = JSON.stringify(secret).slice(1, -1);
  return text.replaceAll(secret, REDACTED).replaceAll(escaped, REDACTED);
}

function redactValue(value: string): string {
  // A bare scheme (`Bearer ` with nothing after it) carries no secret, and showing it tells the
  // reader that an empty credential was sent.
  if (/^(Bearer|Basic|Token)\s*$/i.test(value)) return value;
  const scheme = /^(Bearer|Basic|Token)\s+/i.exec(value)?.[1];
  return scheme ? `${scheme} ${REDACTED}` : REDACTED;
}
