import type { Faker } from '@faker-js/faker';
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';

/**
 * Realistic values from faker, reproducible from fast-check's seed: faker is re-seeded from a
 * generated integer before each use, so the same fast-check seed yields the same names.
 * Faker values do not shrink (a "smaller" name means nothing); the structure around them does.
 */
export function fakerArbitrary<T>(fakers: readonly Faker[], build: (faker: Faker) => T): Arbitrary<T> {
  return fc
    .noShrink(fc.tuple(fc.nat({ max: fakers.length - 1 }), fc.nat()))
    .map(([locale, seed]) => {
      const faker = fakers[locale]!;
      faker.seed(seed);
      return build(faker);
    });
}
