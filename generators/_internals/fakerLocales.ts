import type { Faker, LocaleDefinition } from '@faker-js/faker';
import { faker as fakerDE } from '@faker-js/faker/locale/de';
import { faker as fakerEL } from '@faker-js/faker/locale/el';
import { faker as fakerEN_US } from '@faker-js/faker/locale/en_US';
import { faker as fakerFR } from '@faker-js/faker/locale/fr';
import { faker as fakerJA } from '@faker-js/faker/locale/ja';

/**
 * The locale chains the generators draw from (`[fr, en, base]`: French, then English, then the
 * base data for what French lacks), each merged as faker merges them. Taken from faker's
 * per-locale entries, which load only their own locales: the package's main entry loads all 70
 * of them, about half a second of every worker's start-up (measured) before the first request.
 */
export const FAKER_LOCALES: Readonly<Record<'en_US' | 'fr' | 'de' | 'el' | 'ja', readonly LocaleDefinition[]>> = {
  en_US: [fakerEN_US.rawDefinitions],
  fr: [fakerFR.rawDefinitions],
  de: [fakerDE.rawDefinitions],
  el: [fakerEL.rawDefinitions],
  ja: [fakerJA.rawDefinitions],
};

/** faker's `Faker` class, from a per-locale entry (the main entry would load every locale). */
export const FakerClass = fakerEN_US.constructor as typeof Faker;
