import type { IncomingHttpHeaders } from 'node:http';

/**
 * Headers as one string per name, the way fetch's `Headers` give them: a repeated header (two
 * `set-cookie`s) joined by ", ", an absent one left out. Names are as node:http and undici give
 * them, lower case.
 */
export function flatHeaders(headers: IncomingHttpHeaders | Readonly<Record<string, string>>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
