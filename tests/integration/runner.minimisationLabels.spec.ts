import { expect, test } from '@playwright/test';
import { DEFAULT_PROFILE } from '../../config/profile.ts';
import { minimisationText } from '../../reporter/minimisationText.ts';
import { authProperty } from '../../runner/properties/authProperty.ts';
import { loadedSuiteProperties } from '../../runner/properties/loadedSuiteProperties.ts';
import { startFaultyServer } from '../_support/faultyServer.ts';
import { hostileServer } from '../_support/hostileTargets.ts';
import { runProperty } from '../_support/runProperty.ts';
import { specOperation } from '../_support/specFixture.ts';
import { startEmulator } from '../_support/startEmulator.ts';

const PROPERTIES = await loadedSuiteProperties({ operation: specOperation(), profile: DEFAULT_PROFILE });
const property = (name: string) => PROPERTIES.find((p) => p.definition.name === name)!.definition;
const NEVER = /did not reproduce|answered otherwise|intermittent/;

test('a deterministic warning or note is never called intermittent: nobody tried to replay it', async () => {
  const emulator = await startEmulator();
  try {
    const report = await runProperty(authProperty, emulator.url, { seed: 1, runs: 6 });
    const warnings = report.findings.filter((f) => f.severity !== 'error');
    expect(warnings.length).toBeGreaterThan(0);
    for (const warning of warnings) {
      expect(warning.minimisation).toEqual({ outcome: 'not-attempted', why: 'warnings and notes are reported as first seen' });
      expect(minimisationText(warning)).not.toMatch(NEVER);
    }
  } finally {
    await emulator.close();
  }
});

test('a replay that shows its finding again says it is the replay, not "did not reproduce"; a fixed case says it is one', async () => {
  // Every create answered 200: the valid-request property fails on its first case.
  const server = await startFaultyServer(async (_request, correct) => {
    const answer = await correct();
    return answer.status === 201 ? { ...answer, status: 200 } : answer;
  });
  try {
    const explored = await runProperty(property('valid-realistic'), server.url, { seed: 3, runs: 5 });
    const found = explored.findings.find((f) => f.check === 'positive_acceptance')!;
    expect(found.minimisation).toEqual({ outcome: 'shrunk' });
    const replayed = await runProperty(property('valid-realistic'), server.url, { seed: 3, runs: 5, replayPath: found.replay.path });
    const again = replayed.findings.find((f) => f.check === 'positive_acceptance')!;
    expect(again.minimisation).toEqual({ outcome: 'not-attempted', why: 'this run is itself the replay of the recorded case' });
    expect(minimisationText(again)).toBe('not shrunk: this run is itself the replay of the recorded case');
    const boundary = await runProperty(property('boundary'), server.url, { seed: 3 });
    const fixed = boundary.findings.find((f) => f.check === 'positive_acceptance')!;
    expect(minimisationText(fixed)).toBe('fixed case, reproduced when sent again');
  } finally {
    await server.close();
  }
});

test('a finding whose request timed out is not shrunk: no shrinking step waits out the deadline again', async () => {
  let creates = 0;
  const server = await hostileServer(() => void creates++);
  try {
    const report = await runProperty(property('valid-realistic'), server.url, { seed: 1, runs: 4, env: { CONFORMANCE_TIMEOUT_MS: '300' } });
    const timedOut = report.findings.filter((f) => f.check === 'no_server_error');
    expect(timedOut.length).toBeGreaterThan(0);
    for (const finding of timedOut) {
      expect(minimisationText(finding)).toBe(
        'not shrunk: it got no response within CONFORMANCE_TIMEOUT_MS, and every shrinking step would wait that long again',
      );
    }
    // The explored cases only: nothing was sent again.
    expect(creates).toBe(report.cases);
  } finally {
    server.close();
  }
});
