import type { Faker as FakerType, LocaleDefinition } from '@faker-js/faker';
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { FakerClass } from './_internals/fakerLocales.ts';

/**
 * Realistic values from faker, reproducible from fast-check's seed: each value re-seeds faker from
 * a generated integer, so the same fast-check seed yields the same names.
 * Faker's default Mersenne Twister costs 624 words of set-up per re-seed (measured: 15 % of all
 * generation time), so these fakers run on a small mulberry32 generator instead.
 * Faker values do not shrink (a "smaller" name means nothing); the structure around them does.
 */
export function fakerArbitrary<T>(locales: readonly (readonly LocaleDefinition[])[], build: (faker: FakerType) => T): Arbitrary<T> {
  const fakers = locales.map((locale) => cheapSeededFaker(locale));
  return fc.noShrink(fc.tuple(fc.nat({ max: fakers.length - 1 }), fc.nat())).map(([index, seed]) => {
    const faker = fakers[index]!;
    faker.seed(seed);
    return build(faker);
  });
}

function cheapSeededFaker(locale: readonly LocaleDefinition[]): FakerType {
  let state = 0;
  return new FakerClass({
    locale: [...locale],
    randomizer: {
      seed: (seed) => {
        state = (Array.isArray(seed) ? (seed[0] ?? 0) : seed) >>> 0;
      },
      // mulberry32: a 32-bit state, enough for picking names, and free to re-seed.
      next: () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      },
    },
  });
}
