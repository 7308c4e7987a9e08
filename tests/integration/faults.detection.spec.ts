import { expect, test } from '@playwright/test';
import { describeChoices } from '../faults/serverChoicesArbitrary.ts';
import { FAULT_CATALOGUE, type CataloguedFault } from '../faults/faultCatalogue.ts';
import { detect, DETECTION_SAMPLE_RUNS, drawnServer, sampleServerSeed } from '../faults/measureDetection.ts';

// A fixed half of the catalogued faults (every other one, in catalogue order), each injected into
// a legitimate server drawn at a fixed seed (each fault its own), against the whole suite at the
// fault's sample budget (measured: `npm run selftest -- --budgets`). `npm run selftest` runs every
// fault, on three drawn servers each: the whole sweep is its job, a fixed sample keeps CI short.
Object.entries(FAULT_CATALOGUE).forEach(([name, entry]: [string, CataloguedFault], index) => {
  if (index % 2 === 1) return;
  const server = drawnServer(sampleServerSeed(index));
  test(`the suite catches a server that ${entry.description} (${name}) with ${entry.caughtBy}, on a server that makes: ${describeChoices(server)}`, async () => {
    const errors = await detect(entry, server, entry.sampleRuns ?? DETECTION_SAMPLE_RUNS);
    expect(
      errors.map((f) => f.check),
      JSON.stringify(errors, null, 1),
    ).toContain(entry.caughtBy);
  });
});
