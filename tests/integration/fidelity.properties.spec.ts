import { expect, test } from '@playwright/test';
import { createdCase } from '../../generators/createdCase.ts';
import { validCaseArbitrary } from '../../generators/validCaseArbitrary.ts';
import { identityBodyArbitrary } from '../../generators/identityBodyArbitrary.ts';
import type { SomePropertyDefinition } from '../../runner/PropertyDefinition.ts';
import { caseProperty } from '../../runner/PropertyDefinition.ts';
import type { PropertyReport } from '../../vocabulary/PropertyReport.ts';
import { disabledAppProperty, unknownAppProperty } from '../../runner/properties/appStateProperties.ts';
import { authProperty } from '../../runner/properties/authProperty.ts';
import { conflictProperty } from '../../runner/properties/conflictProperty.ts';
import { exactlyOnceProperty } from '../../runner/properties/exactlyOnceProperty.ts';
import { modelRunProperty } from '../../runner/properties/modelRunProperty.ts';
import { startFaultyServer } from '../_support/faultyServer.ts';
import { runProperty } from '../_support/runProperty.ts';
import { startEmulator, type RunningEmulator } from '../_support/startEmulator.ts';
import { FAULT_CATALOGUE, type FaultName } from '../faults/faultCatalogue.ts';

const validProperty = caseProperty({ name: 'valid-realistic', cases: ({ operation }) => validCaseArbitrary(operation) });
// Only requests every server must create (no more identifiers than any limit may refuse): what the
// retried-create test needs of its one case.
const createdProperty = caseProperty({
  name: 'valid-realistic',
  cases: ({ operation, profile }) => identityBodyArbitrary(operation, profile).map((body) => createdCase('valid/realistic', body)),
});
const PROPERTIES: ReadonlyArray<SomePropertyDefinition> = [
  validProperty,
  conflictProperty,
  unknownAppProperty,
  disabledAppProperty,
  authProperty,
  exactlyOnceProperty,
  modelRunProperty,
];

const differentialFindings = (report: PropertyReport) => report.findings.filter((f) => f.check === 'differential');
const disagreeing = (report: PropertyReport) =>
  Object.entries(report.fidelity?.families ?? {})
    .filter(([, a]) => a.agreed < a.compared)
    .map(([family]) => family)
    .sort();

let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator();
});
test.afterAll(async () => {
  await emulator.close();
});

test('the emulator against itself (one shared backend): every exchange of every property agrees, and identities never collide', async () => {
  for (const property of PROPERTIES) {
    const report = await runProperty(property, emulator.url, { runs: 20, env: { PRELUDE_REFERENCE_URL: emulator.url } });
    const families = Object.entries(report.fidelity!.families);
    expect(
      families.reduce((n, [, f]) => n + f.compared + f.notCompared, 0),
      property.name,
    ).toBe(report.cases);
    expect(
      families.filter(([, f]) => f.notCompared > 0).map(([family]) => family),
      property.name,
    ).toEqual([]);
    expect(disagreeing(report), property.name).toEqual([]);
    expect(
      report.findings.filter((f) => f.severity === 'error'),
      property.name,
    ).toEqual([]);
    // The reference is judged too: the emulator's only note is the auth spec gap.
    expect(
      report.fidelity!.referenceFindings.filter((f) => f.check !== 'auth'),
      property.name,
    ).toEqual([]);
  }
});

// Each row: a target with one fault, the property run against it with the correct emulator as the
// reference, and exactly the case families whose answers must diverge.
const FAULT_ROWS: ReadonlyArray<{ fault: FaultName; property: SomePropertyDefinition; diverging: string[] }> = [
  { fault: 'wrongConflictCode', property: conflictProperty, diverging: ['conflict/email-case', 'conflict/identifier', 'conflict/several'] },
  // Both answers to an invalid request to an unknown app are conformant (no precedence), yet they differ: a divergence.
  { fault: 'unknownAppIsBadRequest', property: unknownAppProperty, diverging: ['app_state/unknown', 'app_state/unknown+invalid'] },
  {
    fault: 'createsThenRefuses',
    property: authProperty,
    diverging: [
      'auth/basic-scheme/then-valid',
      'auth/empty-bearer/then-valid',
      'auth/missing/then-valid',
      'auth/token-scheme/then-valid',
      'auth/wrong-token/then-valid',
    ],
  },
  { fault: 'racyCreate', property: exactlyOnceProperty, diverging: ['exactly_once'] },
];

for (const row of FAULT_ROWS) {
  test(`a target with the ${row.fault} fault diverges from the emulator in ${row.diverging.join(', ')}, each with both exchanges and a replay`, async () => {
    const faulty = await startFaultyServer(FAULT_CATALOGUE[row.fault].fault());
    try {
      const env = { PRELUDE_REFERENCE_URL: emulator.url };
      const report = await runProperty(row.property, faulty.url, { runs: 40, env });
      expect(disagreeing(report)).toEqual(row.diverging);
      const findings = differentialFindings(report);
      expect(
        findings
          .map((f) => f.family)
          .filter((f, i, all) => all.indexOf(f) === i)
          .sort(),
      ).toEqual(row.diverging);
      // Divergences shrink like any finding (the runner shrinks the first few distinct findings of a property).
      expect(findings.some((f) => f.shrunk)).toBe(true);
      for (const finding of findings) {
        expect(finding.severity).toBe('error');
        expect(finding.reference?.url).toBe(emulator.url);
        expect(finding.reference?.counterexample?.response?.status).toBeDefined();
        expect(finding.reference?.curl).toContain('$PRELUDE_REFERENCE_API_TOKEN');
      }
      // One seed and path replay both sides, and the divergence comes back.
      const first = findings.find((f) => f.shrunk)!;
      const replay = await runProperty(row.property, faulty.url, { env: { ...env, CONFORMANCE_REPLAY_PATH: first.replay.path } });
      expect(differentialFindings(replay).map((f) => f.key)).toContain(first.key);
    } finally {
      await faulty.close();
    }
  });
}

test('through the SDK, the emulator passes sdk_fidelity but for the SDK re-sending every 409 create twice (warnings), counted by the proxy', async () => {
  const env = { CONFORMANCE_TRANSPORT: 'sdk' };
  const report = await runProperty(conflictProperty, emulator.url, { runs: 12, env });
  expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  const sdkFindings = report.findings.filter((f) => f.check === 'sdk_fidelity');
  expect(sdkFindings.length).toBeGreaterThan(0);
  for (const finding of sdkFindings) {
    expect(finding.severity).toBe('warning');
    expect(finding.status).toBe(409);
    expect(finding.message).toMatch(/^the SDK sent 3 HTTP requests for one create \(answers: 409, 409, 409\)/);
  }
  const byStatus = report.sdk!.requestsByFinalStatus;
  expect(byStatus['201']!.requests).toBe(byStatus['201']!.calls);
  expect(byStatus['409']!.requests).toBe(3 * byStatus['409']!.calls);
  expect(report.sdk!.calls).toBe(report.cases);
});

test('through the SDK, cases it cannot express go through fetch and are counted with the reason', async () => {
  const report = await runProperty(authProperty, emulator.url, { runs: 8, env: { CONFORMANCE_TRANSPORT: 'sdk' } });
  expect(Object.keys(report.sdk!.viaFetch)).toEqual(['its own headers (missing or bad credentials, another content type)']);
  expect(report.sdk!.calls + Object.values(report.sdk!.viaFetch).reduce((a, b) => a + b, 0)).toBe(report.cases);
});

test('a retried create after a 5xx: the server created the user, the SDK re-sends and reports a ConflictError (sdk_fidelity error)', async () => {
  // The create succeeds, then the answer is lost as a 502 (a gateway timing out): what the SDK's retry then meets.
  const seen = new Set<string>();
  const faulty = await startFaultyServer(async (request, correct) => {
    const answer = await correct();
    const key = request.body.toString('utf8').replace(/\s/g, '');
    if (answer.status !== 201 || seen.has(key)) return answer;
    seen.add(key);
    return { status: 502, headers: { 'content-type': 'application/json' }, body: '{"code":"bad_gateway"}' };
  });
  try {
    // One case, replayed (no shrinking): each of its steps waits out the SDK's backoff.
    const report = await runProperty(createdProperty, faulty.url, { env: { CONFORMANCE_TRANSPORT: 'sdk', CONFORMANCE_REPLAY_PATH: '0' } });
    const retry = report.findings.find((f) => f.check === 'sdk_fidelity');
    expect(retry?.severity).toBe('error');
    expect(retry?.message).toMatch(/^the SDK sent 3 HTTP requests for one create \(answers: 502, 409, 409\)/);
    expect(retry?.status).toBe(409);
    // The caller is told "conflict" for a create that created its user.
    expect(report.findings.some((f) => f.check === 'positive_acceptance' && f.status === 409)).toBe(true);
  } finally {
    await faulty.close();
  }
});
