import { expect, test } from '@playwright/test';
import { describeChoices } from '../faults/serverChoicesArbitrary.ts';
import { FAULT_CATALOGUE } from '../faults/faultCatalogue.ts';
import { detect, DETECTION_SAMPLE_RUNS, drawnServer } from '../faults/measureSuite.ts';

// Every catalogued fault, injected into a legitimate server drawn at a fixed seed (each fault its
// own), against the whole suite at the sample budget. `npm run selftest` tries more draws at the
// default budget.
Object.entries(FAULT_CATALOGUE).forEach(([name, entry], index) => {
  const server = drawnServer(1000 + index);
  test(`the suite catches a server that ${entry.description} (${name}) with ${entry.caughtBy}, on a server that makes: ${describeChoices(server)}`, async () => {
    const errors = await detect(entry, server, DETECTION_SAMPLE_RUNS);
    expect(errors.map((f) => f.check), JSON.stringify(errors, null, 1)).toContain(entry.caughtBy);
  });
});
