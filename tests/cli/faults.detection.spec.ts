import { expect, test } from '@playwright/test';
import { runConformance, targetEnv } from '../_support/runConformance.ts';
import { composeFaults } from '../_support/faultAnswers.ts';
import { startFaultyServer } from '../_support/faultyServer.ts';
import { FAULT_CATALOGUE } from '../faults/faultCatalogue.ts';

// The real command, black-box, behaves like the in-process runner for a couple of faults (the run
// narrowed to the properties that meet them: tests/integration/faults.detection.spec.ts covers the
// whole suite in-process). One server with both faults, one spawn, both checks named.
const NARROWED = { createdIs200: 'valid requests with fresh identities', ignoresCredentials: 'without valid credentials' } as const;
const NAMES = ['createdIs200', 'ignoresCredentials'] as const;
test(`npm run conformance fails against a server that ${NAMES.map((name) => FAULT_CATALOGUE[name].description).join(' and ')}, naming ${NAMES.map((name) => FAULT_CATALOGUE[name].caughtBy).join(' and ')}`, async () => {
  const server = await startFaultyServer(composeFaults(...NAMES.map((name) => FAULT_CATALOGUE[name].fault())));
  try {
    const run = await runConformance(targetEnv(server.url), ['-g', NAMES.map((name) => NARROWED[name]).join('|')]);
    expect(run.exitCode).toBe(1);
    for (const name of NAMES) expect(run.output, run.output).toContain(`${FAULT_CATALOGUE[name].caughtBy} (error)`);
  } finally {
    await server.close();
  }
});
