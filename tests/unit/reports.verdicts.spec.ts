import { expect, test } from '@playwright/test';
import { renderHtml } from '../../reporter/renderHtml.ts';
import { renderMarkdown } from '../../reporter/renderMarkdown.ts';
import { summarizeRun, type TestOutcome } from '../../reporter/summarizeRun.ts';
import { verdictHeadline } from '../../reporter/reportText.ts';
import { verdictExitCode } from '../../reporter/verdictExitCode.ts';
import type { PropertyReport } from '../../vocabulary/PropertyReport.ts';
import { runContext } from '../_support/runContextFixture.ts';
import { propertyReport, reportedFinding } from '../_support/propertyReportFixture.ts';

const outcome = (property: PropertyReport): TestOutcome => ({ title: property.property, status: 'passed', error: undefined, report: property });

test('a dry run has a verdict of its own, PLAN with nothing sent, never PASS, and exit code 3', () => {
  const base = propertyReport();
  const planned = propertyReport({
    run: { ...base.run, dryRun: true },
    cases: 0,
    checks: {},
    observed: {},
    latencies: {},
    targeted: {},
    skipped: [{ check: '*', reason: 'dry run (CONFORMANCE_DRY_RUN=1): nothing was sent' }],
  });
  const summary = summarizeRun([outcome(planned)], runContext());
  expect(summary.verdict).toBe('plan');
  expect(verdictHeadline(summary)).toBe('PLAN: dry run (CONFORMANCE_DRY_RUN=1), 1 property planned, nothing sent, nothing judged');
  expect(renderMarkdown(summary)).not.toContain('PASS');
  expect(verdictExitCode(summary)).toBe(3);
});

test('a selection that matched no test is NOTHING SELECTED, not INCOMPLETE … 0 properties, with exit code 3', () => {
  const summary = summarizeRun([], runContext());
  expect(summary.verdict).toBe('empty');
  expect(verdictHeadline(summary)).toBe('NOTHING SELECTED: no conformance test matched the selection (-g/--grep, file filter or shard), nothing was judged');
  expect(verdictExitCode(summary)).toBe(3);
});

test('a check that judged no case is "not exercised" with why, in the summary, the Markdown and the HTML', () => {
  // A run against a server answering 200 for 201: nothing builds on a create, and no SDK or reference was configured.
  const summary = summarizeRun(
    [
      outcome(
        propertyReport({
          checks: { no_server_error: { cases: 10, errors: 0, warnings: 0 } },
          observed: { '200': 10 },
          targeted: { '201': 10 },
        }),
      ),
    ],
    runContext(),
  );
  const check = (id: string) => summary.checks.find((c) => c.id === id)!;
  expect(check('no_server_error').notExercised).toBeUndefined();
  expect(check('conflict').notExercised).toBe('no create was answered 201, so nothing built on one was judged');
  expect(check('sdk_fidelity').notExercised).toBe('the run did not go through the SDK (CONFORMANCE_TRANSPORT=sdk)');
  expect(check('differential').notExercised).toBe('no reference target (PRELUDE_REFERENCE_URL), so nothing was compared');
  expect(check('method_not_allowed').notExercised).toBe('no case of the properties that ran is one it judges');
  const markdown = renderMarkdown(summary);
  expect(markdown).toContain('| `conflict` | 0 | not exercised: no create was answered 201, so nothing built on one was judged | – | – |');
  expect(markdown).not.toMatch(/\| `conflict` \| 0 \| 0 \| 0 \| 0 \|/);
  expect(renderHtml(summary)).toContain('<td colspan="4">not exercised: the run did not go through the SDK (CONFORMANCE_TRANSPORT=sdk)</td>');
});

test('a check skipped for lack of configuration gives that reason', () => {
  const summary = summarizeRun([outcome(propertyReport({ skipped: [{ check: 'app_state', reason: 'PRELUDE_DISABLED_APP_ID is not set' }] }))], runContext());
  expect(summary.checks.find((c) => c.id === 'app_state')!.notExercised).toBe('PRELUDE_DISABLED_APP_ID is not set');
});

test('one rule gives the exit code of a run and of merged shards: 0 conformant, 1 a failing finding or a test without its outcome', () => {
  const failing = propertyReport({ findings: [reportedFinding('response_schema')] });
  expect(verdictExitCode(summarizeRun([outcome(propertyReport())], runContext()))).toBe(0);
  expect(verdictExitCode(summarizeRun([{ ...outcome(failing), status: 'failed' }], runContext()))).toBe(1);
  const crashed = summarizeRun([outcome(propertyReport()), { title: 'crashed', status: 'timedOut', error: 'Test timeout', report: undefined }], runContext());
  expect(crashed.verdict).toBe('incomplete');
  expect(verdictExitCode(crashed)).toBe(1);
});
