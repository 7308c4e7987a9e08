/** RFC 6901 helpers: the suite names every spec location by pointer, in findings and in errors. */

export function escapePointerToken(token: string): string {
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}

export function unescapePointerToken(token: string): string {
  return token.replaceAll('~1', '/').replaceAll('~0', '~');
}

export function joinPointer(base: string, ...tokens: Array<string | number>): string {
  return base + tokens.map((t) => '/' + escapePointerToken(String(t))).join('');
}

/** Returns undefined when any step is missing, so callers can say which pointer failed. */
export function getAtPointer(root: unknown, pointer: string): unknown {
  if (pointer === '' || pointer === '#') return root;
  // Only a URI fragment (`#/…`) is percent-encoded (RFC 6901 §6); a plain pointer is taken as written.
  const fragment = pointer.startsWith('#');
  const path = fragment ? pointer.slice(1) : pointer;
  let node: unknown = root;
  for (const raw of path.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[unescapePointerToken(fragment ? decodeURIComponent(raw) : raw)];
  }
  return node;
}
