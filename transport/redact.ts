import type { WireRequest } from './Exchange.ts';

/** Header names that carry credentials, whatever the target calls them. */
const CREDENTIAL_HEADER = /authorization|token|secret|api-?key|cookie|password|session/i;

export const REDACTED = '<redacted>';

/**
 * A copy of the request safe to print or write: credential headers keep their scheme
 * (`Bearer <redacted>`) so a reader still sees which kind of auth was sent.
 */
export function redactRequest(request: WireRequest): WireRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    headers[name] = CREDENTIAL_HEADER.test(name) ? redactValue(value) : value;
  }
  return { ...request, headers };
}

function redactValue(value: string): string {
  // A bare scheme (`Bearer ` with nothing after it) carries no secret, and showing it tells the
  // reader that an empty credential was sent.
  if (/^(Bearer|Basic|Token)\s*$/i.test(value)) return value;
  const scheme = /^(Bearer|Basic|Token)\s+/i.exec(value)?.[1];
  return scheme ? `${scheme} ${REDACTED}` : REDACTED;
}
