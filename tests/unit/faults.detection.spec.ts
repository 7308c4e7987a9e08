import { expect, test } from '@playwright/test';
import { runConformance, targetEnv } from '../_support/runConformance.ts';
import { startFaultyServer } from '../_support/faultyServer.ts';
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

// The real command, black-box, behaves like the in-process runner for a couple of faults (each run
// narrowed to a property that meets the fault: the in-process tests above cover the whole suite).
const NARROWED = { createdIs200: 'valid requests with fresh identities', ignoresCredentials: 'without valid credentials' } as const;
for (const name of ['createdIs200', 'ignoresCredentials'] as const) {
  test(`npm run conformance fails against a server that ${FAULT_CATALOGUE[name].description}, naming ${FAULT_CATALOGUE[name].caughtBy}`, async () => {
    const server = await startFaultyServer(FAULT_CATALOGUE[name].fault());
    try {
      const run = await runConformance(targetEnv(server.url), ['-g', NARROWED[name]]);
      expect(run.exitCode).toBe(1);
      expect(run.output).toContain(FAULT_CATALOGUE[name].caughtBy);
    } finally {
      await server.close();
    }
  });
}
