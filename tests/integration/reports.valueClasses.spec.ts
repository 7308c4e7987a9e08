import { expect, test } from '@playwright/test';
import { modelRunProperty } from '../../runner/properties/modelRunProperty.ts';
import { caseProperty } from '../../runner/PropertyDefinition.ts';
import { validCaseArbitrary } from '../../generators/validCaseArbitrary.ts';
import { VALUE_CLASS_LOCATIONS } from '../../generators/valueClassLocations.ts';
import { runProperty } from '../_support/runProperty.ts';
import { startEmulator } from '../_support/startEmulator.ts';

// How reports render value-class coverage is in tests/unit/reports.valueClasses.spec.ts.
test('a run counts every declared class, with the answers each provoked; the same and only valid requests', async () => {
  const emulator = await startEmulator();
  try {
    const valid = await runProperty(
      caseProperty({ name: 'valid-realistic', cases: ({ operation, profile }) => validCaseArbitrary(operation, profile) }),
      emulator.url,
      { runs: 300, seed: 2026 },
    );
    for (const { location, classes } of VALUE_CLASS_LOCATIONS) {
      expect(Object.keys(valid.valueClasses![location]!)).toEqual(classes.map((c) => c.name));
      for (const c of classes)
        expect(
          Object.values(valid.valueClasses![location]![c.name]!).reduce((a, b) => a + b, 0),
          `${location}: ${c.name}`,
        ).toBeGreaterThan(0);
    }
    // The unsettled arrays are refused by the emulator (a legitimate choice), the rest created.
    expect(Object.keys(valid.valueClasses!['/identifiers']!['same identifier twice']!)).toContain('400 invalid_request');
    expect(Object.keys(valid.valueClasses!['/identifiers']!['one']!)).toContain('201');
    // The emulator checks phones by numbering plan: a number in no plan is refused, which the table shows.
    expect(Object.keys(valid.valueClasses!['/identifiers/*/value (phone_number)']!['E.164 shape, no such country code (validators disagree)']!)).toEqual([
      '400 invalid_request',
    ]);
    const model = await runProperty(modelRunProperty, emulator.url, { runs: 60 });
    const sent = Object.values(model.valueClasses!['/id']!)
      .flatMap((answers) => Object.values(answers))
      .reduce((a, b) => a + b, 0);
    expect(sent).toBeLessThan(model.cases);
  } finally {
    await emulator.close();
  }
});
