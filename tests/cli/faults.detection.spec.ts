import { expect, test } from '@playwright/test';
import { runConformance, targetEnv } from '../_support/runConformance.ts';
import { startFaultyServer } from '../_support/faultyServer.ts';
import { FAULT_CATALOGUE } from '../faults/faultCatalogue.ts';

// The real command, black-box, behaves like the in-process runner for a couple of faults (each run
// narrowed to a property that meets the fault: tests/integration/faults.detection.spec.ts covers the whole suite in-process).
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
