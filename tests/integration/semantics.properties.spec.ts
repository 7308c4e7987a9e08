import { expect, test } from '@playwright/test';
import type { SomePropertyDefinition } from '../../runner/PropertyDefinition.ts';
import type { PropertyReport } from '../../vocabulary/PropertyReport.ts';
import { disabledAppProperty, unknownAppProperty } from '../../runner/properties/appStateProperties.ts';
import { authProperty } from '../../runner/properties/authProperty.ts';
import { conflictProperty } from '../../runner/properties/conflictProperty.ts';
import { exactlyOnceProperty } from '../../runner/properties/exactlyOnceProperty.ts';
import { modelRunProperty } from '../../runner/properties/modelRunProperty.ts';
import { loadedSuiteProperties } from '../../runner/properties/loadedSuiteProperties.ts';
import { formatFindings } from '../../reporter/_internals/formatFindings.ts';
import { DEFAULT_PROFILE } from '../../config/profile.ts';
import { specOperation } from '../_support/specFixture.ts';
import { withFaultyServer } from '../_support/faultyServer.ts';
import { runProperty, type PropertyRunOptions } from '../_support/runProperty.ts';
import { startEmulator } from '../_support/startEmulator.ts';
import { CONFORMANT_DEVIATIONS, FAULT_CATALOGUE, type FaultName } from '../faults/faultCatalogue.ts';

const SEMANTIC_PROPERTIES: ReadonlyArray<SomePropertyDefinition> = [
  conflictProperty,
  unknownAppProperty,
  disabledAppProperty,
  authProperty,
  exactlyOnceProperty,
  modelRunProperty,
];

const PROPERTIES = await loadedSuiteProperties({ operation: specOperation(), profile: DEFAULT_PROFILE });

/** One property of the negative phase, by name (they are built from the spec's mutation catalogue). */
function negativeProperty(name: string): SomePropertyDefinition {
  return PROPERTIES.find((p) => p.definition.name === name)!.definition;
}
/** `check:severity` of each distinct finding. */
const found = (report: PropertyReport) => [...new Set(report.findings.map((f) => `${f.check}:${f.severity}`))].sort();
const errors = (report: PropertyReport) => report.findings.filter((f) => f.severity === 'error');

test('the emulator passes every semantic property with no error, for many seeds; warnings are only the auth spec gap', async () => {
  const emulator = await startEmulator();
  try {
    // Four seeds here; every seed of `npm run selftest`'s drawn servers runs them all again.
    for (const seed of [1, 2, 42, -7]) {
      for (const property of SEMANTIC_PROPERTIES) {
        const report = await runProperty(property, emulator.url, { seed, runs: 30 });
        expect(errors(report), `${property.name}, seed ${seed}`).toEqual([]);
        expect(
          report.findings.filter((f) => f.check !== 'auth').map((f) => f.message),
          `${property.name}, seed ${seed}`,
        ).toEqual([]);
        expect(report.cases).toBeGreaterThan(0);
      }
    }
  } finally {
    await emulator.close();
  }
});

// Each row: a server with one semantic fault, and the property that must see it; the check that must
// report it (as an error unless said otherwise) is the one the fault catalogue declares.
const FAULT_ROWS: ReadonlyArray<{
  fault: FaultName;
  property: SomePropertyDefinition;
  severity?: 'error' | 'warning';
  options?: PropertyRunOptions;
}> = [
  { fault: 'createsDuplicateIdentifier', property: conflictProperty },
  { fault: 'wrongConflictCode', property: conflictProperty },
  { fault: 'reusesUserIds', property: conflictProperty },
  { fault: 'createsDuplicateIdentifier', property: modelRunProperty },
  { fault: 'caseSensitiveEmails', property: conflictProperty, severity: 'warning' },
  { fault: 'caseSensitiveEmails', property: conflictProperty, options: { profile: { emailCaseRuleRequired: true } } },
  { fault: 'unknownAppSaysDisabled', property: unknownAppProperty },
  { fault: 'unknownAppIsBadRequest', property: unknownAppProperty },
  // A model-based step is aimed at another app one time in twelve: 12 sequences of up to 12 steps reach one.
  { fault: 'unknownAppIsBadRequest', property: modelRunProperty, options: { runs: 60 } },
  { fault: 'ignoresCredentials', property: authProperty },
  { fault: 'createsThenRefuses', property: authProperty },
  { fault: 'racyCreate', property: exactlyOnceProperty },
  { fault: 'caseSensitiveUuids', property: conflictProperty },
  // A refusal's trace: the sampled follow-up of invalid requests, every conflict's, every other app's.
  { fault: 'reservesIdentifiersOfInvalidRequests', property: negativeProperty('negative-length') },
  { fault: 'claimsFreePartsOfConflicts', property: conflictProperty },
  { fault: 'storesIdOfRequestsToOtherApps', property: unknownAppProperty },
  { fault: 'storesIdOfRequestsToOtherApps', property: disabledAppProperty },
  // Bursts draw one of 8 compositions each: 20 bursts at this budget reach the identity-less one.
  { fault: 'dedupesIdenticalBodies', property: exactlyOnceProperty, options: { runs: 400 } },
];

for (const { fault, property, severity = 'error', options } of FAULT_ROWS) {
  const { caughtBy } = FAULT_CATALOGUE[fault];
  const required = options?.profile ? ` (profile ${JSON.stringify(options.profile)})` : '';
  test(`${caughtBy} catches a server that ${fault}, via ${property.name}${required}`, async () => {
    await withFaultyServer(FAULT_CATALOGUE[fault].fault(), async (url) => {
      const report = await runProperty(property, url, { runs: 30, ...options });
      expect(
        found(report),
        JSON.stringify(
          report.findings.map((f) => f.message),
          null,
          1,
        ),
      ).toContain(`${caughtBy}:${severity}`);
      if (severity === 'warning') expect(errors(report)).toEqual([]);
      const finding = report.findings.find((f) => f.check === caughtBy && f.severity === severity)!;
      expect(finding.replay.command).toMatch(/CONFORMANCE_SEED=\d+ CONFORMANCE_REPLAY_PATH=[\d:]+/);
      if (severity === 'error') expect(finding.shrunk).toBe(true);
    });
  });
}

test('auth: 403 with its own code for bad credentials is legitimate: a spec-gap note, never an error', async () => {
  await withFaultyServer(CONFORMANT_DEVIATIONS.forbidsBadCredentials.fault(), async (url) => {
    const report = await runProperty(authProperty, url, { runs: 20 });
    expect(errors(report)).toEqual([]);
    expect(found(report)).toEqual(['auth:note']);
    expect(report.findings[0]!.message).toContain('spec gap');
    expect(report.findings[0]!.message).toContain('403 invalid_api_key');
  });
});

test('a model-based failure shrinks to a short command sequence, printed step by step with curl lines', async () => {
  await withFaultyServer(FAULT_CATALOGUE.createsDuplicateIdentifier.fault(), async (url) => {
    const report = await runProperty(modelRunProperty, url, { runs: 30 });
    const finding = errors(report).find((f) => f.check === 'conflict' && f.family === 'model/reuse-identifier')!;
    expect(finding.shrunk).toBe(true);
    // Shrunk to the essence: a create (or a reuse with no user yet, sent fresh), then one reuse of
    // its identifier. Steps after it may survive: with every composition drawn, this seed's
    // sequence keeps two trailing creates that fast-check's command shrinker leaves.
    const labels = finding.scenario!.map((s) => s.label);
    expect(labels.slice(0, 2)).toEqual([
      expect.stringMatching(/^1\. (create|reuse \S+ \(no user yet: sent fresh\))$/),
      expect.stringMatching(/^2\. reuse identifier of user #1 \(reused: identifier( \+ \S+)*\)$/),
    ]);
    expect(labels.length).toBeLessThanOrEqual(4);
    expect(finding.scenario![1]!.answer).toBe('201');
    for (const step of finding.scenario!) expect(step.curl).toContain('"authorization: Bearer $API_TOKEN"');
    // As the console and the reports print it: the steps in order, each with its request and curl line, then nothing but the replay.
    const printed = formatFindings([finding]);
    expect(printed).toContain('✖ conflict (error) in model/reuse-identifier');
    expect(printed).toMatch(
      /steps \(each with its curl line.*\n +1\. .* → 201 \(X-Request-ID: [0-9a-f-]{36}\)\n.*\n +curl .*\n +2\. reuse identifier of user #1 \(reused: identifier[^)]*\) → 201 \(X-Request-ID: [0-9a-f-]{36}\)\n/,
    );
    expect(printed).toMatch(/replay: +CONFORMANCE_SEED=-?\d+ CONFORMANCE_REPLAY_PATH=[\d:]+/);
  });
});

// Regression: fast-check shrinks only commands that ran, and a path replay runs nothing; the
// printed path of a shrunk sequence used to fail with "Unable to replay, got wrong path".
test('the replay path of a shrunk model-based failure replays exactly that command sequence', async () => {
  await withFaultyServer(FAULT_CATALOGUE.createsDuplicateIdentifier.fault(), async (url) => {
    const first = await runProperty(modelRunProperty, url, { runs: 30 });
    const finding = errors(first).find((f) => f.check === 'conflict')!;
    const replay = await runProperty(modelRunProperty, url, { runs: 30, env: { CONFORMANCE_REPLAY_PATH: finding.replay.path } });
    const again = replay.findings.find((f) => f.key === finding.key)!;
    expect(again.scenario!.map((s) => s.label)).toEqual(finding.scenario!.map((s) => s.label));
    expect(replay.cases).toBe(finding.scenario!.length);
  });
});

test('exactly_once sends the burst truly at once, and a burst counterexample prints as one step', async () => {
  await withFaultyServer(FAULT_CATALOGUE.racyCreate.fault(), async (url) => {
    const report = await runProperty(exactlyOnceProperty, url, { runs: 40, env: { CONFORMANCE_EXACTLY_ONCE_N: '5', CONFORMANCE_CONCURRENCY: '1' } });
    const finding = errors(report).find((f) => f.check === 'exactly_once')!;
    expect(finding.message).toMatch(/5 of 5 identical creates sent at once were answered 201/);
    expect(finding.scenario).toHaveLength(1);
    expect(finding.scenario![0]!.answer).toBe('201 ×5');
    // As the console and the reports print it: the burst is one step, with its curl line.
    const printed = formatFindings([finding]);
    expect(printed).toContain('✖ exactly_once (error) in exactly_once: 5 of 5 identical creates sent at once were answered 201');
    expect(printed).toMatch(
      /\n +1\. exactly_once \(5× at once\) → 201 ×5 \(X-Request-ID: [0-9a-f-]{36}\)\n +POST .*\n +curl .*-H "authorization: Bearer \$API_TOKEN"/,
    );
  });
});

test('without a disabled app for an external target, the model-based run leaves the 403 out and says why', async () => {
  const emulator = await startEmulator();
  try {
    const report = await runProperty(modelRunProperty, emulator.url, { runs: 20, env: { PRELUDE_DISABLED_APP_ID: '' } });
    expect(report.skipped).toEqual([{ check: 'app_state', reason: expect.stringContaining('PRELUDE_DISABLED_APP_ID is not set') }]);
    expect(Object.keys(report.observed)).not.toContain('403 session_disabled');
  } finally {
    await emulator.close();
  }
});
