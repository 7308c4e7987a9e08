import { DISPUTED_EMAIL_ADDRESS_CLASSES, EMAIL_ADDRESS_CLASSES } from './emailAddressClasses.ts';
import {
  DISPUTED_ID_CLASSES,
  EXTERNAL_ID_CLASSES,
  externalIdClassHolds,
  ID_CLASSES,
  IDENTIFIER_ARRAY_CLASSES,
  UNSETTLED_IDENTIFIER_ARRAY_CLASSES,
} from './identityValueClasses.ts';
import { DISPUTED_PHONE_CLASSES, PHONE_NUMBER_CLASSES } from './phoneNumbers.ts';
import { PROFILE_CLASSES } from './realisticProfile.ts';

/** One schema location whose realistic values come in declared classes. */
export interface ValueClassLocation {
  /** An instance path, with the identifier type where the classes depend on it. */
  readonly location: string;
  /**
   * Each class tests values of its own type (`never` here: any class fits). The values read at the
   * location are of that type unless a body was edited past the schema; `safely` then counts no class.
   */
  readonly classes: ReadonlyArray<{ readonly name: string; readonly holds: (value: never) => boolean }>;
  /** The values a request body has at the location (`undefined` for an absent property). */
  readonly values: (body: Record<string, unknown>) => readonly unknown[];
}

const identifiersOf = (body: Record<string, unknown>, type: string): unknown[] =>
  (Array.isArray(body['identifiers']) ? (body['identifiers'] as Array<{ type?: unknown; value?: unknown }>) : [])
    .filter((i) => i?.type === type)
    .map((i) => i.value);

/**
 * Every location with value classes, as a run's coverage counts them: adding a class to a
 * generator's table shows it in the reports, and a class never drawn is listed with 0.
 */
export const VALUE_CLASS_LOCATIONS: readonly ValueClassLocation[] = [
  {
    location: '/identifiers',
    classes: [
      ...IDENTIFIER_ARRAY_CLASSES.map((c) => ({ name: c.name, holds: (v: unknown) => Array.isArray(v) && v.length >= c.minLength && v.length <= c.maxLength })),
      ...UNSETTLED_IDENTIFIER_ARRAY_CLASSES,
    ],
    values: (b) => [b['identifiers']],
  },
  {
    location: '/identifiers/*/value (email_address)',
    classes: [...EMAIL_ADDRESS_CLASSES, ...DISPUTED_EMAIL_ADDRESS_CLASSES],
    values: (b) => identifiersOf(b, 'email_address'),
  },
  {
    location: '/identifiers/*/value (phone_number)',
    classes: [...PHONE_NUMBER_CLASSES, ...DISPUTED_PHONE_CLASSES],
    values: (b) => identifiersOf(b, 'phone_number'),
  },
  { location: '/profile', classes: PROFILE_CLASSES, values: (b) => [b['profile']] },
  {
    location: '/external_id',
    classes: EXTERNAL_ID_CLASSES.map((c) => ({ name: c.name, holds: (v: unknown) => externalIdClassHolds(c, v) })),
    values: (b) => [b['external_id']],
  },
  { location: '/id', classes: [...ID_CLASSES, ...DISPUTED_ID_CLASSES], values: (b) => [b['id']] },
];

/**
 * The (location, class) pairs a request body draws: every class each of its values holds, each
 * pair once. Judged on the generated body, before identities are freshened.
 */
export function valueClassesOf(body: unknown): Array<{ readonly location: string; readonly name: string }> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return [];
  const out: Array<{ location: string; name: string }> = [];
  for (const { location, classes, values } of VALUE_CLASS_LOCATIONS) {
    const seen = values(body as Record<string, unknown>);
    for (const c of classes) if (seen.some((v) => safely(() => c.holds(v as never)))) out.push({ location, name: c.name });
  }
  return out;
}

function safely(test: () => boolean): boolean {
  try {
    return test();
  } catch {
    return false;
  }
}
