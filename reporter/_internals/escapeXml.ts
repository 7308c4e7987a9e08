/** Where the text goes: an element's text, or an attribute value in double quotes. */
export type XmlContext = 'text' | 'attribute';

// Per context, the characters written as references. In an attribute a parser turns a raw tab or
// line break into a space, and in text a raw CR into a line feed: references keep them as sent.
const REFERENCES: Readonly<Record<XmlContext, Readonly<Record<string, string>>>> = {
  text: { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' },
  attribute: { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' },
};

// What XML 1.0 forbids even as a reference (C0 controls but tab, LF and CR; lone surrogates;
// U+FFFE, U+FFFF), and the C1 controls it allows but CI viewers show as nothing or garbage.
// In `u` mode a surrogate pair is one code point, so only a lone half matches.
// eslint-disable-next-line no-control-regex -- control characters are what it is for
const UNWRITABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/**
 * Text made safe for an XML 1.0 document: markup escaped, and every character XML cannot carry
 * written visibly as `\uXXXX`, so a parser never refuses the file (this suite sends hostile
 * strings on purpose, and targets echo them into findings) and the reader still sees it was there.
 */
export function escapeXml(text: string, context: XmlContext): string {
  const references = REFERENCES[context];
  return text
    .replace(UNWRITABLE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
    .replace(/[&<>"'\t\n\r]/g, (c) => references[c] ?? c);
}
