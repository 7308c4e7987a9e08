import { expect, test } from '@playwright/test';
import { DEFAULT_PROFILE } from '../../config/profile.ts';
import { loadedSuiteProperties } from '../../runner/properties/loadedSuiteProperties.ts';
import type { ReportedFinding } from '../../vocabulary/PropertyReport.ts';
import { startEmulator } from '../_support/startEmulator.ts';
import { startFaultyServer } from '../_support/faultyServer.ts';
import { runProperty } from '../_support/runProperty.ts';
import { specOperation } from '../_support/specFixture.ts';
import { FAULT_CATALOGUE } from '../faults/faultCatalogue.ts';

// Issue 27: a server that wrote part of a request before refusing it passed every check. Each way
// of leaving a trace is now caught by refusal_leaves_no_trace, from the follow-up the property
// sends after a refusal, and the shrunk counterexample shows the refusal and the follow-up as steps.
// Before the change there was no such check, and no follow-up was sent.

const PROPERTIES = await loadedSuiteProperties({ operation: specOperation(), profile: DEFAULT_PROFILE });
const property = (name: string) => PROPERTIES.find((p) => p.definition.name === name)!.definition;
const traces = (findings: readonly ReportedFinding[]) => findings.filter((f) => f.check === 'refusal_leaves_no_trace' && f.severity === 'error');

const CASES = [
  { fault: 'reservesIdentifiersOfInvalidRequests', property: 'negative-format', refused: /^400 / },
  { fault: 'claimsFreePartsOfConflicts', property: 'conflict-reuse', refused: /^409 / },
  { fault: 'storesIdOfRequestsToOtherApps', property: 'app-unknown', refused: /^404 app_not_found/ },
] as const;

for (const { fault, property: name, refused } of CASES) {
  test(`${fault}: ${name} catches it with refusal_leaves_no_trace; the counterexample is the refusal, then a create of its free parts refused`, async () => {
    const server = await startFaultyServer(FAULT_CATALOGUE[fault].fault());
    try {
      const report = await runProperty(property(name), server.url, { seed: 27, runs: 12 });
      const [finding] = traces(report.findings);
      expect(finding, JSON.stringify(report.findings.map((f) => [f.check, f.message]))).toBeDefined();
      const steps = finding!.scenario ?? [];
      expect(steps.length, JSON.stringify(steps)).toBeGreaterThanOrEqual(2);
      expect(
        steps.some((s) => refused.test(s.answer)),
        JSON.stringify(steps),
      ).toBe(true);
      expect(steps.at(-1)!.label).toMatch(/then-free-parts \(after step \d+\)/);
      expect(steps.at(-1)!.answer).not.toBe('201');
    } finally {
      await server.close();
    }
  });
}

test('the emulator, which keeps nothing of a refused request, gets no refusal_leaves_no_trace finding from the same properties', async () => {
  const emulator = await startEmulator();
  try {
    for (const { property: name } of CASES) {
      const report = await runProperty(property(name), emulator.url, { seed: 27, runs: 12 });
      expect(traces(report.findings), name).toEqual([]);
    }
  } finally {
    await emulator.close();
  }
});
