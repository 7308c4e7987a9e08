import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { fakerArbitrary } from './fakerArbitrary.ts';
import { FAKER_LOCALES } from './_internals/fakerLocales.ts';
import type { ValueClass } from './ValueClass.ts';

/**
 * Reserved names only (RFC 2606: `example.com/org/net`, the TLDs `.test` and `.example`): test
 * users are recognisable and never reach a real inbox. These are the addresses at TLDs other than `.com`.
 */
const OTHER_TLD_DOMAINS = ['example.org', 'example.net', 'shop.test', 'mail.example'] as const;

/** RFC 5321: a local part of at most 64 octets, a whole address (path) of at most 254. */
export const EMAIL_LOCAL_MAX = 64;
export const EMAIL_ADDRESS_MAX = 254;
/** Lower-case letters `freshenIdentities` writes into a local part: letters only, so no class gains a digit or a dot. */
export const EMAIL_TOKEN_LENGTH = 12;

const LABEL_MAX = 63;

// A first and a last name in ASCII lower-case letters: the simplest local part there is.
const names: Arbitrary<{ first: string; last: string }> = fakerArbitrary([FAKER_LOCALES.en_US, FAKER_LOCALES.fr, FAKER_LOCALES.de], (f) => ({
  first: letters(f.person.firstName(), 'alex'),
  last: letters(f.person.lastName(), 'smith'),
}));

// A first name as written, accents included (`Zoë`, `José`), for the UTF-8 local parts of RFC 6531.
const writtenNames: Arbitrary<string> = fakerArbitrary([FAKER_LOCALES.fr, FAKER_LOCALES.de, FAKER_LOCALES.el], (f) => {
  const name = f.person
    .firstName()
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '');
  return /[^a-z]/.test(name) && name.length >= 2 ? name : 'zoë';
});

const at = (local: string, domain = 'example.com') => `${local}@${domain}`;
const parts = (address: string | undefined) => {
  const index = (address ?? '').lastIndexOf('@');
  return { local: (address ?? '').slice(0, index), domain: (address ?? '').slice(index + 1) };
};
/** Dot-atom ASCII local part at an ASCII host name: the addresses every mainstream validator agrees on. */
const plain = (address: string | undefined) => /^[A-Za-z0-9.+_-]+@[A-Za-z0-9.-]+$/.test(address ?? '');

/**
 * The email addresses real clients send, one class per feature a server may mishandle. Every
 * class is at a reserved domain, and leaves room for the 12 letters freshening adds (a local part
 * of 64 keeps its length: the letters replace its end), so the sent address stays within RFC 5321.
 * Every one is valid for the validators real servers use (`validator`'s `isEmail`, zod's `email`,
 * Ajv's `format: email`, the HTML form rule), so a server must accept it.
 */
export const EMAIL_ADDRESS_CLASSES: ReadonlyArray<ValueClass<string>> = [
  {
    name: 'letters only',
    arbitrary: names.map(({ first }) => at(first)),
    holds: (v) => plain(v) && /^[a-z]+$/.test(parts(v).local) && parts(v).domain === 'example.com',
  },
  { name: 'dots', arbitrary: names.map(({ first, last }) => at(`${first}.${last}`)), holds: (v) => plain(v) && parts(v).local.includes('.') },
  { name: 'hyphens', arbitrary: names.map(({ first, last }) => at(`${first}-${last}`)), holds: (v) => plain(v) && parts(v).local.includes('-') },
  {
    name: 'digits',
    arbitrary: fc.tuple(names, fc.integer({ min: 1, max: 9999 })).map(([{ first }, n]) => at(`${first}${n}`)),
    holds: (v) => plain(v) && /\d/.test(parts(v).local),
  },
  {
    name: 'mixed case',
    arbitrary: names.map(({ first, last }) => at(`${capital(first)}${capital(last)}`)),
    holds: (v) => plain(v) && /[a-z]/.test(parts(v).local) && /[A-Z]/.test(parts(v).local),
  },
  {
    name: '+tag subaddress',
    arbitrary: fc.tuple(names, fc.constantFrom('news', 'shop', 'work', 'signup', 'billing')).map(([{ first }, tag]) => at(`${first}+${tag}`)),
    holds: (v) => plain(v) && parts(v).local.includes('+'),
  },
  {
    name: 'long local part (50 to 64)',
    arbitrary: fc.tuple(names, fc.integer({ min: 50, max: EMAIL_LOCAL_MAX })).map(([{ first, last }, n]) => at(`${first}${last}`.repeat(64).slice(0, n))),
    holds: (v) => plain(v) && parts(v).local.length >= 50,
  },
  {
    name: 'subdomain',
    arbitrary: fc.tuple(names, fc.constantFrom('mail', 'eu', 'accounts', 'corp.eu')).map(([{ first }, sub]) => at(first, `${sub}.example.com`)),
    holds: (v) => plain(v) && parts(v).domain.split('.').length >= 3,
  },
  {
    name: 'long domain (address of 254)',
    arbitrary: names.map(({ first, last }) => at(first, longDomain(`${last}${first}`, EMAIL_ADDRESS_MAX - 1 - (first.length + EMAIL_TOKEN_LENGTH)))),
    holds: (v) => plain(v) && parts(v).domain.length > 200,
  },
  {
    name: 'TLD other than .com',
    arbitrary: fc.tuple(names, fc.constantFrom(...OTHER_TLD_DOMAINS)).map(([{ first }, domain]) => at(first, domain)),
    holds: (v) => plain(v) && !parts(v).domain.endsWith('.com'),
  },
];

/**
 * Addresses RFC 5321/6531 allow on which mainstream validators disagree (`isEmail` takes a quoted
 * or UTF-8 local part and a Unicode domain, zod's `email` and the HTML form rule refuse them; only
 * a few take an address literal). A server may create the user or answer 400: these are sent as
 * "either answer" cases, never as valid ones. Reserved names only: the documentation address
 * blocks of RFC 5737/3849, the `.example` TLD.
 */
export const DISPUTED_EMAIL_ADDRESS_CLASSES: ReadonlyArray<ValueClass<string>> = [
  {
    name: 'quoted local part (validators disagree)',
    arbitrary: names.map(({ first, last }) => at(`"${first} ${last}"`)),
    holds: (v) => /^".*"$/s.test(parts(v).local),
  },
  {
    name: 'UTF-8 local part (validators disagree)',
    arbitrary: writtenNames.map((name) => at(name)),
    holds: (v) => /[^\p{ASCII}]/u.test(parts(v).local) && !parts(v).local.startsWith('"'),
  },
  {
    name: 'internationalised domain (validators disagree)',
    arbitrary: fc.tuple(names, fc.constantFrom('bücher.example', 'exämple.test', 'пример.example')).map(([{ first }, domain]) => at(first, domain)),
    holds: (v) => /[^\p{ASCII}]/u.test(parts(v).domain),
  },
  {
    name: 'address literal (validators disagree)',
    arbitrary: fc
      .tuple(names, fc.integer({ min: 1, max: 254 }), fc.boolean())
      .map(([{ first }, host, v6]) => at(first, v6 ? `[IPv6:2001:db8::${host.toString(16)}]` : `[192.0.2.${host}]`)),
    holds: (v) => /^\[.*\]$/.test(parts(v).domain),
  },
];

function letters(name: string, fallback: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase()
    .slice(0, 12);
  return ascii.length >= 2 ? ascii : fallback;
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** `<labels>.example.com` of exactly `length` characters, every label at most 63 letters. */
function longDomain(seed: string, length: number): string {
  const suffix = '.example.com';
  const chars = [...seed.repeat(256).slice(0, length - suffix.length)];
  // A dot after every 63 letters, never last: labels of 63, the last one shorter.
  for (let i = LABEL_MAX; i < chars.length - 1; i += LABEL_MAX + 1) chars[i] = '.';
  return `${chars.join('')}${suffix}`;
}
