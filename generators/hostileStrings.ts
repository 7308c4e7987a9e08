/** A string a careless server mishandles, though the spec allows it wherever it allows any string. */
export interface HostileString {
  readonly name: string;
  readonly value: string;
}

/**
 * Hostile but valid strings. Lone surrogates are left out: JSON can carry them (`"\ud800"`), but
 * RFC 8259 §8.2 leaves their meaning unpredictable, so refusing them would be no fault.
 * Adding a string is adding an entry.
 */
export const HOSTILE_STRINGS: readonly HostileString[] = [
  { name: 'astral', value: '\u{1F600}\u{1F389} \u{1D573}\u{1D58A}\u{1D591}\u{1D591}\u{1D594} \u{20000}\u{2A6D6}' },
  { name: 'emoji-sequences', value: '\u{1F469}\u{200D}\u{1F469}\u{200D}\u{1F467} \u{1F44D}\u{1F3FD} \u{1F1EC}\u{1F1F7}' },
  { name: 'combining', value: 'e\u0301\u0302\u0303 Z\u0351\u0352\u0353\u0354\u0355algo\u0489' },
  { name: 'rtl', value: '\u0645\u0631\u062D\u0628\u0627 \u05E9\u05DC\u05D5\u05DD' },
  { name: 'rtl-override', value: 'invoice\u202Egpj.exe' },
  { name: 'zero-width', value: 'a\u200Bb\u200Cc\u200Dd\u2060e\uFEFFf' },
  { name: 'control', value: '\u0001\u0007\b\t\n\r\u001B[31mred\u001B[0m\u007F\u0085' },
  { name: 'null-byte', value: 'before\u0000after' },
  { name: 'line-separators', value: 'a\u2028b\u2029c' },
  { name: 'noncharacters', value: '\uFFFE\uFFFF\u{10FFFF}' },
  { name: 'sql', value: "'; DROP TABLE users; --" },
  { name: 'sql-boolean', value: '" OR "1"="1' },
  { name: 'html', value: '<script>alert(1)</script><img src=x onerror=alert(1)>' },
  { name: 'template', value: '{{7*7}} ${7*7} <%= 7*7 %> #{7*7}' },
  { name: 'jndi', value: '${jndi:ldap://127.0.0.1/a}' },
  { name: 'path', value: '../../../../etc/passwd' },
  { name: 'nosql', value: '{"$ne": null}' },
  { name: 'crlf', value: 'x\r\nSet-Cookie: injected=1' },
  { name: 'format-specifiers', value: '%s%n%x%d %00 %0d%0a' },
  { name: 'json-breaking', value: '","injected":"' },
  { name: 'backslashes', value: '\\\\\\"\\u0000' },
  { name: '__proto__', value: '__proto__' },
  { name: 'constructor', value: 'constructor' },
  { name: 'prototype', value: 'prototype' },
  { name: 'empty', value: '' },
  { name: 'whitespace', value: ' \t \u00A0\u3000' },
];

/** Long strings of `codePoints` code points (ASCII, astral, combining): within any limit the spec sets. */
export function longHostileStrings(codePoints: number): HostileString[] {
  return [
    { name: `long-ascii-${codePoints}`, value: 'a'.repeat(codePoints) },
    { name: `long-astral-${codePoints}`, value: '\u{1F600}'.repeat(codePoints) },
    { name: `long-combining-${codePoints}`, value: 'e\u0301'.repeat(Math.floor(codePoints / 2)) },
  ];
}
