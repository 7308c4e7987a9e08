import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { EMAIL_ADDRESS_CLASSES, EMAIL_ADDRESS_MAX, EMAIL_LOCAL_MAX } from '../../generators/emailAddressClasses.ts';
import { freshenIdentities } from '../../generators/freshenIdentities.ts';
import { PHONE_NUMBER_CLASSES } from '../../generators/phoneNumbers.ts';
import { validCaseArbitrary } from '../../generators/validCaseArbitrary.ts';
import { drawValueClasses } from '../../generators/ValueClass.ts';
import { VALUE_CLASS_LOCATIONS, valueClassesOf } from '../../generators/valueClassLocations.ts';
import { specOperation } from '../_support/specFixture.ts';

// The emulator creating realistic requests (a server) is in tests/integration/generators.valueClasses.spec.ts.
const SEED = 2026;
/** Every declared class shows up within this many valid-realistic cases at `SEED`. */
const DRAWN_WITHIN = 300;

const drawn = (() => {
  let cached: string[][] | undefined;
  return () =>
    (cached ??= fc
      .sample(validCaseArbitrary(specOperation()), { seed: SEED, numRuns: DRAWN_WITHIN })
      .map((c) => valueClassesOf(c.body).map((v) => `${v.location}: ${v.name}`)));
})();

for (const { location, classes } of VALUE_CLASS_LOCATIONS) {
  for (const { name } of classes) {
    test(`the value class "${name}" at ${location} is drawn within ${DRAWN_WITHIN} valid-realistic cases (seed ${SEED})`, () => {
      const first = drawn().findIndex((classesOfCase) => classesOfCase.includes(`${location}: ${name}`));
      expect(first, 'index of the first case that drew it').toBeGreaterThanOrEqual(0);
    });
  }
}

test('a failing email or phone shrinks to the simplest class (letters only; the shortest length)', () => {
  for (const [classes, simplest] of [
    [EMAIL_ADDRESS_CLASSES, 'letters only'],
    [PHONE_NUMBER_CLASSES, '10 digits'],
  ] as const) {
    const run = fc.check(
      fc.property(drawValueClasses(classes), () => false),
      { seed: SEED },
    );
    const value = run.counterexample?.[0] as string | undefined;
    expect(classes.find((c) => c.name === simplest)!.holds(value), String(value)).toBe(true);
  }
});

test('freshening keeps every email in its class and within RFC 5321 (local part 64, address 254)', () => {
  // What went wrong, collected: one expect at the end (Playwright's expect costs more than the checks).
  const wrong: string[] = [];
  for (const c of EMAIL_ADDRESS_CLASSES) {
    fc.sample(c.arbitrary!, { seed: SEED, numRuns: 30 }).forEach((value, sequence) => {
      const { body } = freshenIdentities({ identifiers: [{ type: 'email_address', value }] }, 'rclassw0', sequence);
      const sent = (body as { identifiers: Array<{ value: string }> }).identifiers[0]!.value;
      if (!c.holds(sent)) wrong.push(`left its class ${c.name}: ${sent}`);
      if (sent.split('@')[0]!.length > EMAIL_LOCAL_MAX || sent.length > EMAIL_ADDRESS_MAX) wrong.push(`too long: ${sent}`);
    });
  }
  expect(wrong).toEqual([]);
});

test('freshening keeps one value one value: the same identifier twice, and under both types', () => {
  const phone = '+14155550123';
  const { body } = freshenIdentities(
    {
      identifiers: [
        { type: 'phone_number', value: phone },
        { type: 'phone_number', value: phone },
        { type: 'email_address', value: phone },
      ],
    },
    'rclassw0',
    1,
  );
  const values = (body as { identifiers: Array<{ value: string }> }).identifiers.map((i) => i.value);
  expect(new Set(values).size).toBe(1);
  expect(values[0]).not.toBe(phone);
});
