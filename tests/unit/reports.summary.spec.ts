import { expect, test } from '@playwright/test';
import { allChecks } from '../../checks/allChecks.ts';
import { summarizeRun, type TestOutcome } from '../../reporter/summarizeRun.ts';
import { percentile } from '../../reporter/_internals/percentile.ts';
import type { PropertyReport } from '../../vocabulary/PropertyReport.ts';
import { runContext } from '../_support/runContextFixture.ts';
import { propertyReport, reportedFinding } from '../_support/propertyReportFixture.ts';
import { specOperation } from '../_support/specFixture.ts';

function passed(property: PropertyReport): TestOutcome {
  return { title: property.property, status: property.findings.some((f) => f.severity === 'error') ? 'failed' : 'passed', error: undefined, report: property };
}

test('a finding seen by two properties is reported once, occurrences added, the shrunk counterexample kept', () => {
  const unshrunk = reportedFinding('response_schema', { occurrences: 2, shrunk: false });
  const shrunk = reportedFinding('response_schema', { occurrences: 5, shrunk: true, replay: { ...unshrunk.replay, path: '9:9' } });
  const summary = summarizeRun(
    [
      passed(propertyReport({ property: 'a', findings: [unshrunk] })),
      passed(propertyReport({ property: 'b', findings: [shrunk, reportedFinding('user_id_prefix', { severity: 'warning' })] })),
    ],
    runContext(),
  );
  expect(summary.findings.map((f) => [f.check, f.severity, f.occurrences, f.properties])).toEqual([
    ['response_schema', 'error', 7, ['a', 'b']],
    ['user_id_prefix', 'warning', 3, ['b']],
  ]);
  expect(summary.findings[0]!.replay.path).toBe('9:9');
  expect(summary.verdict).toBe('fail');
  expect(summary.totals).toMatchObject({ properties: 2, cases: 20, errorFindings: 1, warningFindings: 1 });
});

test('the matrix lists every documented outcome from the spec, observed counts added, and why one was never provoked', () => {
  const summary = summarizeRun(
    [
      passed(
        propertyReport({
          property: 'a',
          observed: { '201': 4, '400 invalid_request': 2 },
          targeted: { '201': 4, '400 invalid_request': 2, '409 already_in_use': 3 },
        }),
      ),
      passed(
        propertyReport({
          property: 'b',
          observed: { '201': 6, '500': 1 },
          targeted: { '201': 6 },
          skipped: [{ check: 'exactly_once', reason: 'CONFORMANCE_RUNS below 2' }],
        }),
      ),
    ],
    runContext(),
  );
  const row = (outcome: string) => summary.matrix.find((r) => r.outcome === outcome);
  expect(summary.matrix.filter((r) => r.documented).map((r) => r.outcome)).toEqual([
    '201',
    ...specOperation().pairings.map((p) => `${p.httpStatus} ${p.code}`),
  ]);
  expect(row('201')).toMatchObject({ observed: 10, targeted: 10, neverProvokedBecause: undefined });
  expect(row('400 invalid_request')).toMatchObject({ observed: 2, status: '400', code: 'invalid_request' });
  expect(row('409 already_in_use')!.neverProvokedBecause).toBe('3 cases expected it; the target answered otherwise');
  expect(row('404 app_not_found')!.neverProvokedBecause).toContain('skipped: exactly_once (CONFORMANCE_RUNS below 2)');
  expect(row('500')).toMatchObject({ documented: false, observed: 1 });
});

test('a run without a disabled app says so for the 403 it could not provoke', () => {
  const base = propertyReport();
  const summary = summarizeRun([passed(propertyReport({ run: { ...base.run, target: { ...base.run.target, disabledAppConfigured: false } } }))], runContext());
  expect(summary.matrix.find((r) => r.outcome === '403 session_disabled')!.neverProvokedBecause).toContain('PRELUDE_DISABLED_APP_ID is not set');
  expect(summary.matrix.find((r) => r.outcome === '404 app_not_found')!.neverProvokedBecause).toBe('no property of this run targets it');
});

test('latency percentiles are nearest-rank over every property of a status', () => {
  expect(
    [50, 95, 99, 100].map((p) =>
      percentile(
        Array.from({ length: 100 }, (_, i) => i + 1),
        p,
      ),
    ),
  ).toEqual([50, 95, 99, 100]);
  expect(percentile([7], 99)).toBe(7);
  const summary = summarizeRun(
    [
      passed(propertyReport({ property: 'a', latencies: { '201': [1, 2, 3, 4, 5], '400': [9] } })),
      passed(propertyReport({ property: 'b', latencies: { '201': [6, 7, 8, 9, 10] } })),
    ],
    runContext(),
  );
  expect(summary.latencies).toEqual([
    { status: '201', count: 10, p50: 5, p95: 10, p99: 10, max: 10 },
    { status: '400', count: 1, p50: 9, p95: 9, p99: 9, max: 9 },
  ]);
});

test('the summary does not depend on the order tests arrive in (shards merge in any order)', () => {
  const tests = [
    passed(propertyReport({ property: 'a', findings: [reportedFinding('content_type')] })),
    passed(propertyReport({ property: 'b', findings: [reportedFinding('response_schema')] })),
    { title: 'c', status: 'skipped' as const, error: undefined, report: undefined },
  ];
  expect(summarizeRun([...tests].reverse(), runContext())).toEqual(summarizeRun(tests, runContext()));
});

test('verdict: a test that ended without its outcome makes the run incomplete, never a pass', () => {
  const ok = passed(propertyReport());
  expect(summarizeRun([ok], runContext()).verdict).toBe('pass');
  expect(summarizeRun([ok, { title: 'x', status: 'skipped', error: undefined, report: undefined }], runContext()).verdict).toBe('pass');
  const crashed = summarizeRun([ok, { title: 'x', status: 'timedOut', error: 'Test timeout of 900000ms exceeded.', report: undefined }], runContext());
  expect(crashed.verdict).toBe('incomplete');
  expect(crashed.testsWithoutOutcome).toEqual([{ title: 'x', status: 'timedOut', error: 'Test timeout of 900000ms exceeded.' }]);
  expect(summarizeRun([{ title: 'x', status: 'skipped', error: undefined, report: undefined }], runContext()).verdict).toBe('incomplete');
});

test('verdict: with CONFORMANCE_FAIL_ON=warning a warning fails the run, as it fails the test', () => {
  const base = propertyReport({ findings: [reportedFinding('user_id_prefix', { severity: 'warning' })] });
  expect(summarizeRun([passed(base)], runContext()).verdict).toBe('pass');
  expect(summarizeRun([passed({ ...base, run: { ...base.run, failOn: 'warning' } })], runContext()).verdict).toBe('fail');
});

test('per-check tallies follow the catalogue, with passes = cases without a finding', () => {
  const summary = summarizeRun(
    [
      passed(
        propertyReport({
          property: 'a',
          checks: { response_schema: { cases: 10, errors: 3, warnings: 0 }, user_id_prefix: { cases: 10, errors: 0, warnings: 2 } },
        }),
      ),
      passed(
        propertyReport({
          property: 'b',
          checks: { response_schema: { cases: 5, errors: 0, warnings: 0 }, some_new_check: { cases: 1, errors: 1, warnings: 0 } },
        }),
      ),
    ],
    runContext(),
  );
  expect(summary.checks.map((c) => c.id)).toEqual([...allChecks.map((c) => c.id), 'some_new_check']);
  expect(summary.checks.find((c) => c.id === 'response_schema')).toMatchObject({ cases: 15, passes: 12, errors: 3, warnings: 0 });
  expect(summary.checks.find((c) => c.id === 'user_id_prefix')).toMatchObject({ cases: 10, passes: 8, warnings: 2 });
});
