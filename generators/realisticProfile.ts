import fc from 'fast-check';
import type { ValueClass } from './ValueClass.ts';
import { fakerArbitrary } from './fakerArbitrary.ts';
import { FAKER_LOCALES } from './_internals/fakerLocales.ts';

type Profile = Record<string, string>;

// Keys an app stores about its users; the spec's example has the first two.
const APP_KEYS = [
  'first_name',
  'last_name',
  'locale',
  'timezone',
  'company',
  'job_title',
  'city',
  'country',
  'plan',
  'referrer',
  'signup_source',
  'marketing_opt_in',
  'birth_year',
  'language',
  'team',
  'role',
  'department',
  'avatar_url',
  'display_name',
  'middle_name',
  'nickname',
  'pronouns',
  'postal_code',
  'region',
  'currency',
  'tier',
  'segment',
  'campaign',
  'device',
  'theme',
] as const;
const NAME_KEYS = ['first_name', 'last_name'];
const MANY_KEYS = 10;
const LONG_VALUE = 256;

const names = fakerArbitrary([FAKER_LOCALES.en_US, FAKER_LOCALES.fr, FAKER_LOCALES.de, FAKER_LOCALES.el, FAKER_LOCALES.ja], (f) => ({
  first_name: f.person.firstName(),
  last_name: f.person.lastName(),
}));
const appValues = fakerArbitrary([FAKER_LOCALES.en_US, FAKER_LOCALES.fr], (f) => Object.fromEntries(APP_KEYS.map((key) => [key, f.word.noun()])));
const prose = fakerArbitrary([FAKER_LOCALES.en_US], (f) => f.lorem.sentences(60));

const keys = (p: Profile | undefined) => Object.keys(p ?? {});
const longest = (p: Profile | undefined) => Math.max(0, ...Object.values(p ?? {}).map((v) => [...v].length));

/**
 * Profiles as apps send them: none at all, an empty map, names (in several scripts: Latin with
 * diacritics, Greek, Japanese), many keys, and long values (up to the profile's 1,000 code points of
 * `longStringCodePoints`). The spec bounds neither the number of keys nor the length of a value.
 */
export const PROFILE_CLASSES: ReadonlyArray<ValueClass<Profile>> = [
  { name: 'absent', holds: (p) => p === undefined },
  { name: 'no key', arbitrary: fc.constant({}), holds: (p) => p !== undefined && keys(p).length === 0 },
  {
    name: 'names (1 or 2 keys)',
    arbitrary: names.chain((n) => fc.subarray(NAME_KEYS, { minLength: 1 }).map((ks) => Object.fromEntries(ks.map((k) => [k, n[k as keyof typeof n]])))),
    holds: (p) => keys(p).length > 0 && keys(p).every((k) => NAME_KEYS.includes(k)),
  },
  {
    name: `many keys (${MANY_KEYS} to ${APP_KEYS.length})`,
    arbitrary: appValues.chain((values) =>
      fc.shuffledSubarray([...APP_KEYS], { minLength: MANY_KEYS }).map((ks) => Object.fromEntries(ks.map((k) => [k, values[k]!]))),
    ),
    holds: (p) => keys(p).length >= MANY_KEYS,
  },
  {
    name: `long values (${LONG_VALUE} to 1000 code points)`,
    arbitrary: fc
      .tuple(prose, fc.integer({ min: LONG_VALUE, max: 1000 }), fc.constantFrom('bio', 'notes', 'address'))
      .map(([text, n, key]) => ({ [key]: text.repeat(4).slice(0, n).trimEnd().padEnd(n, '.') })),
    holds: (p) => longest(p) >= LONG_VALUE,
  },
];
