import { expect, test } from '@playwright/test';
import { allChecks } from '../../checks/allChecks.ts';
import { parseSuiteConfig } from '../../config/suiteConfig.ts';
import { SUITE_PHASES } from '../../runner/properties/suitePhases.ts';
import { runSelection } from '../../runner/runSelection.ts';
import { suiteProperties } from '../../runner/properties/suiteProperties.ts';
import { DEFAULT_PROFILE } from '../../config/profile.ts';
import { specOperation } from '../_support/specFixture.ts';

const selectionOf = (env: Record<string, string>) => runSelection(parseSuiteConfig(env).selection);

test('no selection: every check and every phase, nothing left out', () => {
  const all = selectionOf({});
  expect(all.checks).toEqual(allChecks);
  expect(all.phases).toEqual(Object.keys(SUITE_PHASES));
  expect([all.checksLeftOut, all.phasesLeftOut]).toEqual([[], []]);
});

test('--checks, --exclude-checks and --phases narrow the run, and say what they left out', () => {
  const some = selectionOf({
    CONFORMANCE_CHECKS: 'status_documented, conflict,app_state',
    CONFORMANCE_EXCLUDE_CHECKS: 'app_state',
    CONFORMANCE_PHASES: 'valid,semantics',
  });
  expect(some.checks.map((c) => c.id)).toEqual(['status_documented', 'conflict']);
  expect(some.checksLeftOut).toHaveLength(allChecks.length - 2);
  expect(some.phases).toEqual(['valid', 'semantics']);
  expect(some.phasesLeftOut).toEqual(['negative', 'boundary', 'hostile', 'methods', 'model']);
});

test('an unknown name is a configuration error that lists the valid ones; so is a selection that leaves no check', () => {
  expect(() => selectionOf({ CONFORMANCE_CHECKS: 'status_documentd' })).toThrow(
    /CONFORMANCE_CHECKS \(--checks\): unknown "status_documentd"; valid: no_server_error, status_documented, /,
  );
  expect(() => selectionOf({ CONFORMANCE_PHASES: 'valid,stateful' })).toThrow(
    /CONFORMANCE_PHASES \(--phases\): unknown "stateful"; valid: valid, negative, boundary, hostile, methods, semantics, model\./,
  );
  expect(() => selectionOf({ CONFORMANCE_CHECKS: 'conflict', CONFORMANCE_EXCLUDE_CHECKS: 'conflict' })).toThrow(/leaves no check/);
  expect(() => parseSuiteConfig({ CONFORMANCE_CHECKS: 'a;b' })).toThrow(/expected names separated by commas/);
});

test('every property of the suite belongs to a phase of the table, and every phase has a property', () => {
  const phases = suiteProperties({ operation: specOperation(), profile: DEFAULT_PROFILE }).map((p) => p.phase);
  expect([...new Set(phases)].sort()).toEqual(Object.keys(SUITE_PHASES).sort());
});
