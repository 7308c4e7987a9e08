import { expect, test } from '@playwright/test';
import { allChecks } from '../../checks/allChecks.ts';
import type { ConformanceSummary } from '../../vocabulary/ConformanceSummary.ts';
import { renderJunit } from '../../reporter/renderJunit.ts';
import { summarizeRun, type TestOutcome } from '../../reporter/summarizeRun.ts';
import type { PropertyReport } from '../../vocabulary/PropertyReport.ts';
import { junitSchemaErrors } from '../_support/junitSchema.ts';
import { propertyReport, reportedFinding } from '../_support/propertyReportFixture.ts';
import { runContext } from '../_support/runContextFixture.ts';

// What this suite sends on purpose and targets echo back: every character XML 1.0 cannot carry
// (NUL, ESC, DEL's C1 neighbours, lone surrogates, U+FFFF), a CR, markup and a CDATA end.
const HOSTILE = 'nul\u0000 esc\u001b c1\u0085 lone\uD800 low\uDC00 ffff\uFFFF cr\r <script>"&\'</script> ]]> 🦄';
const REPLAY = (n: number) => `npm run replay -- reports/conformance.json ${n}`;

function summaryOf(properties: readonly PropertyReport[], extra: readonly TestOutcome[] = []): ConformanceSummary {
  return summarizeRun(
    [...properties.map((property) => ({ title: property.property, status: 'passed' as const, error: undefined, report: property })), ...extra],
    runContext({ startedAt: new Date('2025-01-02T03:04:05.678Z'), durationMs: 1234 }),
  );
}

/** A run with an error finding full of hostile text, a warning, a check skipped in part, and a test that timed out. */
function hostileRun(failOn: 'error' | 'warning'): ConformanceSummary {
  const base = propertyReport();
  const error = reportedFinding('response_schema', {
    message: `bad ${HOSTILE}`,
    code: `code${HOSTILE}`,
    counterexample: {
      ...reportedFinding('response_schema').counterexample,
      request: { method: 'POST', url: 'http://127.0.0.1:4010/v2/session/apps/a/users', headers: {}, body: `{"external_id":"${HOSTILE}"}` },
      response: { status: 201, headers: { 'x-evil': HOSTILE }, body: HOSTILE },
    },
    replay: {
      seed: 42,
      path: '0:1',
      command: 'CONFORMANCE_SEED=42 CONFORMANCE_REPLAY_PATH=0:1 npx playwright test',
      curl: `curl -sS -i -X POST 'http://127.0.0.1:4010/v2/session/apps/a/users' -H "authorization: Bearer $API_TOKEN"`,
    },
  });
  const warning = reportedFinding('auth', {
    severity: 'warning',
    status: 401,
    code: 'invalid_api_token',
    family: 'auth/missing-token',
    message: 'spec gap: 401 is not documented',
  });
  return summaryOf(
    [
      propertyReport({
        run: { ...base.run, failOn },
        checks: {
          no_server_error: { cases: 10, errors: 0, warnings: 0 },
          response_schema: { cases: 10, errors: 1, warnings: 0 },
          auth: { cases: 4, errors: 0, warnings: 1 },
          app_state: { cases: 3, errors: 0, warnings: 0 },
        },
        findings: [error, warning],
        skipped: [{ check: 'app_state', reason: 'PRELUDE_DISABLED_APP_ID is not set for this target, so 403 session_disabled was not checked.' }],
      }),
    ],
    [{ title: 'exactly one of concurrent duplicates is created', status: 'timedOut', error: 'Test timeout of 900000ms exceeded.', report: undefined }],
  );
}

/** The `<testcase …>` elements (with their content), in order. */
function testcases(xml: string): string[] {
  return xml.match(/<testcase [^>]*?(\/>|>[\s\S]*?<\/testcase>)/g) ?? [];
}

test('junit.xml is valid against the common JUnit schema, with hostile strings in findings; XML 1.0 never sees a forbidden character', async () => {
  const xml = renderJunit(hostileRun('error'), { hostname: 'ci-runner', replayCommand: REPLAY });
  expect(await junitSchemaErrors(xml)).toEqual([]);
  // Tab, LF and CR aside, no C0 control, no C1 control, no lone surrogate, no U+FFFE/U+FFFF.
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/u);
  // Each is shown, not dropped: the reader sees what the target sent.
  expect(xml).toContain('nul\\u0000 esc\\u001B c1\\u0085 lone\\uD800 low\\uDC00 ffff\\uFFFF cr&#13; &lt;script&gt;');
  expect(xml).toContain('🦄');
  expect(xml).not.toContain('<script>');
  // The validator itself refuses what the schema forbids: two failures in one test case.
  const twoFailures = '<testcase classname="c" name="n" time="0"><failure type="a"/><failure type="b"/></testcase>\n    <system-out>';
  expect((await junitSchemaErrors(xml.replace('<system-out>', twoFailures))).join('\n')).toContain("Element 'failure': This element is not expected");
});

test('each failing finding is a failing test case named by its check; a passing check is one passing case; warnings fail nothing; skips say why', () => {
  const xml = renderJunit(hostileRun('error'), { hostname: 'ci-runner', replayCommand: REPLAY });
  const cases = testcases(xml);
  expect(xml).toMatch(
    /<testsuite name="POST \/v2\/session\/apps\/\{appID\}\/users" package="create-user-conformance" id="0" timestamp="2025-01-02T03:04:05" hostname="ci-runner" tests="\d+" failures="1" errors="1" skipped="\d+" time="1\.234">/,
  );
  expect(cases).toHaveLength(allChecks.length + 2); // each check, the partial skip of app_state, the test that timed out

  const failure = cases.find((c) => c.includes('classname="conformance.response_schema"'))!;
  expect(failure).toContain('name="response_schema (error) · 201 code');
  expect(failure).toContain('<failure message="bad nul\\u0000');
  expect(failure).toContain('type="response_schema (error)"');
  // The finding in full: counterexample, replay command, curl line (the token a variable), and its number for `replay`.
  expect(failure).toContain('replay:   CONFORMANCE_SEED=42 CONFORMANCE_REPLAY_PATH=0:1 npx playwright test');
  expect(failure).toContain(`curl:     curl -sS -i -X POST 'http://127.0.0.1:4010/v2/session/apps/a/users' -H "authorization: Bearer $API_TOKEN"`);
  expect(failure).toContain('or:       npm run replay -- reports/conformance.json 1');

  expect(cases).toContain('<testcase classname="conformance.no_server_error" name="no_server_error" time="0"/>');
  // The warning fails no build: its check passes and the warning is in the suite's output.
  expect(cases).toContain('<testcase classname="conformance.auth" name="auth" time="0"/>');
  expect(xml).toMatch(
    /<system-out>[^<]*⚠ auth \(warning\) · 401 invalid_api_token · auth\/missing-token: spec gap: 401 is not documented \(3 cases\); replay: npm run replay -- reports\/conformance\.json 2/,
  );
  // Skipped only when truly skipped, with the reason: a check that judged nothing, a check skipped in part.
  expect(cases).toContain(
    '<testcase classname="conformance.differential" name="differential" time="0">\n      <skipped message="no reference target (PRELUDE_REFERENCE_URL), so nothing was compared"/>\n    </testcase>',
  );
  expect(cases).toContain('<testcase classname="conformance.app_state" name="app_state" time="0"/>');
  expect(cases).toContain(
    '<testcase classname="conformance.app_state" name="app_state (partly skipped)" time="0">\n      <skipped message="PRELUDE_DISABLED_APP_ID is not set for this target, so 403 session_disabled was not checked."/>\n    </testcase>',
  );
  // A test that ended without its outcome is an error, not a failure of the target.
  expect(cases).toContain(
    '<testcase classname="conformance.tests" name="exactly one of concurrent duplicates is created" time="0">\n      <error message="Test timeout of 900000ms exceeded." type="timedOut">Test timeout of 900000ms exceeded.</error>\n    </testcase>',
  );
  expect(xml).toContain('<property name="exitCode" value="1"/>');
});

test('with --fail-on warning, a warning is a failing test case of its own, as it fails the run', async () => {
  const xml = renderJunit(hostileRun('warning'), { hostname: 'ci-runner', replayCommand: REPLAY });
  expect(await junitSchemaErrors(xml)).toEqual([]);
  expect(xml).toContain('failures="2"');
  const warning = testcases(xml).find((c) => c.includes('classname="conformance.auth"'))!;
  expect(warning).toContain('name="auth (warning) · 401 invalid_api_token · auth/missing-token"');
  expect(warning).toContain('<failure message="spec gap: 401 is not documented" type="auth (warning)">⚠ auth (warning) in auth/missing-token');
  expect(xml).not.toContain('not failing the run');
});

test('a run that judged nothing (a dry run) is valid and every check is skipped with why, never passed', async () => {
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
  const xml = renderJunit(summaryOf([planned]), { hostname: 'ci-runner', replayCommand: REPLAY });
  expect(await junitSchemaErrors(xml)).toEqual([]);
  const cases = testcases(xml);
  expect(cases.every((c) => c.includes('<skipped message='))).toBe(true);
  expect(cases).toContain(
    '<testcase classname="conformance" name="properties skipped" time="0">\n      <skipped message="dry run (CONFORMANCE_DRY_RUN=1): nothing was sent"/>\n    </testcase>',
  );
  expect(xml).toContain(`skipped="${cases.length}"`);
  expect(xml).toContain('<property name="exitCode" value="3"/>');
});
