/** A named way to turn a value valid for a format into one that just misses it. */
export interface NearMiss {
  readonly name: string;
  readonly description: string;
  readonly make: (valid: string) => string;
}

const replaceAt = (text: string, index: number, by: string) => text.slice(0, index) + by + text.slice(index + 1);

// ajv-formats' uuid is case-insensitive and admits a `urn:uuid:` prefix: uppercase and URN forms
// are valid, so they are not near misses (the catalogue's own test proves every entry invalid).
const UUID: readonly NearMiss[] = [
  { name: 'g-in-hex', description: "a 'g' in a hex position", make: (u) => replaceAt(u, 0, 'g') },
  { name: 'g-in-last-group', description: "a 'g' in the last group", make: (u) => replaceAt(u, u.length - 1, 'g') },
  { name: 'short-group', description: 'the first group one digit short', make: (u) => u.slice(1) },
  { name: 'long-group', description: 'the first group one digit long', make: (u) => '0' + u },
  { name: 'short-last-group', description: 'the last group one digit short', make: (u) => u.slice(0, -1) },
  { name: 'moved-dash', description: 'a dash one position off', make: (u) => u.slice(0, 7) + '-' + u[7] + u.slice(9) },
  { name: 'braces', description: 'wrapped in braces (Microsoft GUID style)', make: (u) => `{${u}}` },
  { name: 'no-dashes', description: 'the 32 hex digits without dashes', make: (u) => u.replaceAll('-', '') },
  { name: 'underscores', description: 'underscores instead of dashes', make: (u) => u.replaceAll('-', '_') },
  { name: 'surrounding-space', description: 'a leading and a trailing space', make: (u) => ` ${u} ` },
  { name: 'trailing-newline', description: 'a trailing newline', make: (u) => `${u}\n` },
  { name: 'urn-typo', description: 'a misspelt URN prefix', make: (u) => `urn:uid:${u}` },
  { name: 'empty', description: 'the empty string', make: () => '' },
];

const EMAIL: readonly NearMiss[] = [
  { name: 'no-at', description: "no '@'", make: (e) => e.replace('@', '') },
  { name: 'no-local-part', description: 'nothing before the @', make: (e) => e.slice(e.indexOf('@')) },
  { name: 'space', description: 'a space in the local part', make: (e) => 'a ' + e },
  { name: 'double-at', description: "two '@'", make: (e) => e.replace('@', '@@') },
];

/**
 * Near misses per JSON Schema `format`, as ajv-formats judges them. Adding a format is adding an
 * entry; a format without one gets no format mutation (the other keywords still apply).
 * `sample` is the valid value the near misses start from when the request has none and the
 * schema gives no example.
 */
export const FORMAT_NEAR_MISSES: Readonly<Record<string, { readonly sample: string; readonly nearMisses: readonly NearMiss[] }>> = {
  uuid: { sample: '550e8400-e29b-41d4-a716-446655440000', nearMisses: UUID },
  email: { sample: 'someone@example.com', nearMisses: EMAIL },
};
