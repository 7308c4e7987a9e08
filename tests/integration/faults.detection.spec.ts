import { expect, test } from '@playwright/test';
import { describeChoices } from '../faults/serverChoicesArbitrary.ts';
import { FAULT_CATALOGUE, type CataloguedFault } from '../faults/faultCatalogue.ts';
import { detect, detectionSample, DETECTION_SAMPLE_RUNS, drawnServer, faultServerSeed } from '../faults/measureDetection.ts';

// A fixed sample of the catalogued faults (a third, chosen by name, and a stand-in for each check
// none of those is caught by: see `detectionSample`), each injected into a legitimate
// server drawn at a seed derived from its name, against the whole suite at the fault's sample
// budget (measured: `npm run selftest -- --budgets`). Adding a fault changes neither which other
// faults run nor their servers. `npm run selftest` runs every fault, on three drawn servers each:
// the whole sweep is its job, a fixed sample keeps CI short.
const SAMPLE = detectionSample(FAULT_CATALOGUE);
for (const [name, entry] of Object.entries(FAULT_CATALOGUE) as Array<[string, CataloguedFault]>) {
  if (!SAMPLE.has(name)) continue;
  const server = drawnServer(faultServerSeed(name));
  test(`the suite catches a server that ${entry.description} (${name}) with ${entry.caughtBy}, on a server that makes: ${describeChoices(server)}`, async () => {
    const errors = await detect(entry, server, entry.sampleRuns ?? DETECTION_SAMPLE_RUNS);
    expect(
      errors.map((f) => f.check),
      JSON.stringify(errors, null, 1),
    ).toContain(entry.caughtBy);
  });
}
