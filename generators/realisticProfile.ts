import { base, de, el, en, en_US, fr, ja } from '@faker-js/faker';
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { fakerArbitrary } from './fakerArbitrary.ts';

/**
 * A profile as an app would send it: first and last names (in several scripts: Latin with
 * diacritics, Greek, Japanese), each optional, matching the spec's example keys.
 */
export function realisticProfileArbitrary(): Arbitrary<Record<string, string>> {
  return fakerArbitrary([[en_US, en, base], [fr, en, base], [de, en, base], [el, en, base], [ja, en, base]], (f) => ({
    first_name: f.person.firstName(),
    last_name: f.person.lastName(),
  })).chain((names) =>
    fc.subarray(Object.keys(names)).map((keys) =>
      Object.fromEntries(keys.map((k) => [k, names[k as keyof typeof names]])),
    ),
  );
}
