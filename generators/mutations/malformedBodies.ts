/** A named way to send bytes that are not a JSON text, made from a valid body's JSON. */
export interface MalformedBody {
  readonly name: string;
  readonly description: string;
  /** The spec rule broken, when it is not the media type's: `required` (the body is required). */
  readonly breaks?: 'required';
  /** `json` is the valid body as JSON text; `variant` picks among alternatives (shrinks to 0). */
  readonly make: (json: string, variant: number) => string | Uint8Array;
}

const encode = (text: string) => new TextEncoder().encode(text);

/**
 * Request bodies that break the JSON media type itself (RFC 8259), or the spec's `required` body.
 * Every entry starts from a valid request, so the bytes are the only thing wrong with it.
 * Adding a kind of malformed body is adding an entry.
 */
export const MALFORMED_BODIES: readonly MalformedBody[] = [
  {
    name: 'truncated',
    description: 'the JSON text cut short (a proper prefix of it)',
    make: (json, variant) => json.slice(0, json.length - 1 - (variant % (json.length - 1))),
  },
  { name: 'trailing-comma', description: 'a trailing comma before the closing brace', make: (json) => json.replace(/}$/, ',}') },
  { name: 'single-quotes', description: 'single quotes instead of double quotes', make: (json) => json.replaceAll('"', "'") },
  { name: 'trailing-garbage', description: 'text after the JSON value', make: (json, variant) => json + ['x', '}', json, ' null'][variant % 4] },
  { name: 'comment', description: 'a JavaScript comment before the value', make: (json) => `/* comment */${json}` },
  { name: 'nan', description: 'a NaN literal, which JSON does not have', make: (json) => json.replace(/}$/, ',"n":NaN}') },
  {
    name: 'invalid-utf8',
    description: 'a byte that is not UTF-8 (0xFF) inside a string value',
    make: (json) => {
      // Inside the first string value, so that a lenient decoder (U+FFFD) would see a valid body;
      // a body without one gets an extra property (legal unless additionalProperties is false).
      const value = /:"/.exec(json);
      const [text, at] = value ? [json, value.index + 2] : [json.replace(/}$/, ',"note":""}'), json.length + 8];
      const bytes = encode(text);
      const offset = encode(text.slice(0, at)).length;
      return Uint8Array.from([...bytes.subarray(0, offset), 0xff, ...bytes.subarray(offset)]);
    },
  },
  { name: 'empty', description: 'an empty body (the spec requires one)', breaks: 'required', make: () => '' },
  { name: 'whitespace', description: 'a body of whitespace only', breaks: 'required', make: (_json, variant) => [' ', '\n', '\r\n\t '][variant % 3]! },
];

/**
 * Content-Types that are not the documented one (the body is the valid JSON), and `null` for
 * none at all. Adding one is adding an entry; the documented type is filtered out.
 */
export const WRONG_MEDIA_TYPES: readonly (string | null)[] = [
  null,
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/octet-stream',
];
