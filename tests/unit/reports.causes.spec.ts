import { expect, test } from '@playwright/test';
import { positiveAcceptance } from '../../checks/positiveAcceptance.ts';
import { statusDocumented } from '../../checks/statusDocumented.ts';
import { consoleSummary } from '../../reporter/consoleSummary.ts';
import { renderHtml } from '../../reporter/renderHtml.ts';
import { renderMarkdown } from '../../reporter/renderMarkdown.ts';
import { summarizeRun, type TestOutcome } from '../../reporter/summarizeRun.ts';
import type { PropertyReport, ReportedFinding } from '../../vocabulary/PropertyReport.ts';
import { checkInput } from '../_support/fakeExchange.ts';
import { propertyReport, reportedFinding } from '../_support/propertyReportFixture.ts';
import { runContext } from '../_support/runContextFixture.ts';

const ANSWERED_200 = "answered 200 where 201 was due: a valid request (fresh identities, enabled app) that the spec's request schema accepts.";
const UNDOCUMENTED_200 = 'answered 200, a status the spec does not document for this operation (documented: 201, 400, 403, 404, 409).';

/** What one property reports against a server answering 200 where 201 is due: both checks, on every create. */
function twoHundredFindings(family: string, path: string): ReportedFinding[] {
  const base = reportedFinding('positive_acceptance', { family, status: 200 });
  const counterexample = {
    ...base.counterexample,
    response: { status: 200, headers: { 'content-type': 'application/json' }, body: '{"id":"usr_01jqebhswje1ka1z7ahr9rfsgt"}' },
  };
  const replay = {
    ...base.replay,
    path,
    command: `CONFORMANCE_SEED=42 CONFORMANCE_REPLAY_PATH=${path} npx playwright test -c playwright.config.ts -g '${family}'`,
  };
  return [
    { ...base, message: ANSWERED_200, key: `positive_acceptance|error|200|-|${family}`, counterexample, replay, occurrences: 5 },
    { ...base, check: 'status_documented', message: UNDOCUMENTED_200, key: `status_documented|error|200|-|${family}`, counterexample, replay, occurrences: 5 },
  ];
}

function twoHundredRun() {
  // Properties arrive in name order; the scenarios' come first alphabetically, as in a real run.
  const properties: PropertyReport[] = [
    propertyReport({
      property: 'auth',
      observed: { '200': 10 },
      findings: [
        ...twoHundredFindings('auth/missing/then-valid', '1:0'),
        reportedFinding('auth', {
          severity: 'warning',
          family: 'auth/missing',
          status: 401,
          code: 'invalid_api_token',
          message: 'spec gap: the spec documents no answer for failed authentication; the target answers 401 invalid_api_token (missing credentials).',
        }),
      ],
    }),
    propertyReport({ property: 'model-run', observed: { '200': 10 }, findings: twoHundredFindings('model/create', '2:0') }),
    propertyReport({ property: 'valid-realistic', findings: twoHundredFindings('valid/realistic', '0:0'), observed: { '200': 10 } }),
  ];
  const outcomes: TestOutcome[] = properties.map((property) => ({ title: property.property, status: 'failed', error: undefined, report: property }));
  return summarizeRun(outcomes, runContext());
}

test('the wording names what was seen: "answered 200 where 201 was due"', () => {
  expect(positiveAcceptance.verify(checkInput(200, { id: 'usr_01jqebhswje1ka1z7ahr9rfsgt' }))[0]!.message).toBe(ANSWERED_200);
  expect(statusDocumented.verify(checkInput(200, { id: 'usr_01jqebhswje1ka1z7ahr9rfsgt' }))[0]!.message).toBe(UNDOCUMENTED_200);
});

test('the most basic finding comes first: the plain valid create before the scenarios built on it', () => {
  const summary = twoHundredRun();
  expect(summary.findings.slice(0, 3).map((f) => `${f.check} ${f.family}`)).toEqual([
    'positive_acceptance valid/realistic',
    'status_documented valid/realistic',
    'positive_acceptance model/create',
  ]);
  expect(summary.findings.at(-1)!.severity).toBe('warning');
});

test('findings are grouped by the answer: 200 where 201 was due is one cause, whichever checks and scenarios show it; the spec gap stays apart', () => {
  const summary = twoHundredRun();
  expect(summary.causes.map((c) => [c.checks.map((k) => k.check), c.severity, c.answer, c.findings, c.occurrences, c.occurrencesAtLeast])).toEqual([
    [['positive_acceptance', 'status_documented'], 'error', '200 {id}', 6, 15, false],
    [['auth'], 'warning', '401 invalid_api_token {id}', 1, 3, false],
  ]);
  // The fields readers of conformance.json had before keep their meaning: the leading finding's.
  expect(summary.causes.map((c) => [c.check, c.status, c.code])).toEqual([
    ['positive_acceptance', 200, undefined],
    ['auth', 401, 'invalid_api_token'],
  ]);
  expect(summary.causes[0]!.message).toBe(ANSWERED_200);
  expect(summary.causes[0]!.families).toEqual(['valid/realistic', 'model/create', 'auth/missing/then-valid']);
  expect(summary.findings[summary.causes[0]!.firstFinding]!.family).toBe('valid/realistic');
});

test('the console is short and root cause first: findings per severity with their checks, causes, warnings by name, checks not exercised, a handful in full', () => {
  const lines = consoleSummary(twoHundredRun(), 'reports/conformance.html').split('\n');
  expect(lines.length).toBeLessThan(30);
  expect(lines[1]).toBe('Conformance FAIL: 6 error findings, 1 warning in 30 cases (3 properties)');
  // Warnings are named as errors are: how many, and which checks.
  expect(lines[2]).toBe('  6 error findings from positive_acceptance, status_documented; 1 warning from auth');
  expect(lines[3]).toBe('  by cause, most basic first:');
  expect(lines[4]).toBe(`    ✖ positive_acceptance, status_documented (error) · 200 {id} → 6 findings, 15 cases: ${ANSWERED_200}`);
  expect(lines[5]).toMatch(/^ {4}⚠ auth \(warning\) · 401 invalid_api_token \{id\} → 1 finding, 3 cases: spec gap/);
  expect(lines[6]).toContain('not exercised: ');
  expect(lines[6]).toContain('differential (no reference target (PRELUDE_REFERENCE_URL), so nothing was compared)');
  expect(lines[6]).toContain('user_id_prefix, conflict, exactly_once (no create was answered 201, so nothing built on one was judged)');
  const text = lines.join('\n');
  // Two causes: the 200's, shown by the plain valid create, and the spec gap.
  expect(text.match(/^✖ /gm)).toHaveLength(1);
  // A warning printed in full wears its own mark, never the error's cross.
  expect(text.match(/^⚠ auth \(warning\)/gm)).toHaveLength(1);
  expect(text.indexOf('✖ positive_acceptance (error) in valid/realistic')).toBeGreaterThan(0);
  expect(text).not.toContain('✖ status_documented (error) in valid/realistic');
  expect(text).toContain('All 7 findings, each with its counterexample, replay and curl line, are in the report:');
  expect(lines.at(-1)).toBe('  report: reports/conformance.html (also conformance.md, conformance.json)');
});

test('a run with warnings only says so on the console: how many and which checks, and no error line it did not earn', () => {
  const warningOnly = propertyReport({
    property: 'auth',
    observed: { '401': 3 },
    findings: [
      reportedFinding('auth', {
        severity: 'warning',
        family: 'auth/missing',
        status: 401,
        code: 'invalid_api_token',
        message: 'spec gap: the target answers 401 invalid_api_token (missing credentials).',
      }),
    ],
  });
  const summary = summarizeRun([{ title: 'auth', status: 'passed', error: undefined, report: warningOnly }], runContext());
  const lines = consoleSummary(summary, 'reports/conformance.html').split('\n');
  expect(lines[1]).toMatch(/^Conformance PASS: 0 error findings, 1 warning in /);
  expect(lines[2]).toBe('  1 warning from auth');
  expect(lines.join('\n')).not.toMatch(/error findings? from/);
});

test('the Markdown and HTML reports open with the causes, before the per-check table', () => {
  const summary = twoHundredRun();
  const markdown = renderMarkdown(summary);
  const byCause = markdown.indexOf('### By cause, most basic first');
  expect(byCause).toBeGreaterThan(0);
  expect(byCause).toBeLessThan(markdown.indexOf('| check | cases |'));
  expect(markdown).toContain('- ❌ positive_acceptance, status_documented (error) · 200 {id} → 6 findings, 15 cases: answered 200 where 201 was due');
  expect(markdown).toContain('- ⚠️ auth (warning) · 401 invalid_api_token {id} → 1 finding, 3 cases');
  const html = renderHtml(summary);
  expect(html.indexOf('By cause, most basic first')).toBeLessThan(html.indexOf('<h2>Checks</h2>'));
  expect(html).toContain('<a href="#finding-1"><code>positive_acceptance</code>, <code>status_documented</code></a></td><td>200 {id}</td>');
});
