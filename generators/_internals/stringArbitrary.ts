import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { formatArbitraries } from './formatArbitraries.ts';
import { numberOr, optionalNumber, type SchemaNode } from './SchemaNode.ts';

/** Code points as lengths are counted by JSON Schema (and Ajv): one unit is one code point. */
export function codePointLength(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}

/**
 * Strings for `type: string`. Units are single code points, mostly ASCII with some of the whole
 * printable Unicode range, so `minLength`/`maxLength` bound code points exactly as the spec means.
 */
export function stringArbitrary(schema: SchemaNode, defaultMaxLength: number): Arbitrary<string> {
  const minLength = numberOr(schema['minLength'], 0);
  const declaredMax = optionalNumber(schema['maxLength']);
  // The default bound only sizes free-form strings; a format or pattern fixes its own length.
  const maxLength = declaredMax ?? Math.max(minLength, defaultMaxLength);
  const format = typeof schema['format'] === 'string' ? formatArbitraries[schema['format']] : undefined;
  const pattern = typeof schema['pattern'] === 'string' ? new RegExp(schema['pattern'], 'u') : undefined;
  const withinLength = (s: string) => {
    const n = codePointLength(s);
    return n >= minLength && n <= (declaredMax ?? Infinity);
  };
  if (format) return format().filter(withinLength);
  if (pattern) return fc.stringMatching(pattern).filter(withinLength);
  const size = { minLength, maxLength };
  return fc.oneof(
    { weight: 3, arbitrary: fc.string({ ...size, unit: 'grapheme-ascii' }) },
    { weight: 1, arbitrary: fc.string({ ...size, unit: 'grapheme-composite' }) },
  );
}
