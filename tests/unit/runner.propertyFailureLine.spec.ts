import { expect, test } from '@playwright/test';
import { propertyFailureLine } from '../../runner/_internals/propertyFailureLine.ts';
import { reportedFinding } from '../_support/propertyReportFixture.ts';

// The line a failing conformance test ends with, on the console and in Playwright's reports.

test('a failing test says what it counts: error findings, then each cause with the cases it was seen in', () => {
  const line = propertyFailureLine(
    [
      reportedFinding('positive_acceptance', { status: 200, occurrences: 5 }),
      reportedFinding('positive_acceptance', { status: 200, family: 'valid/other', occurrences: 15 }),
      reportedFinding('status_documented', { status: 200, occurrences: 1 }),
    ],
    20,
  );
  expect(line).toBe(
    '3 error findings in 20 cases: positive_acceptance 200 in 20 cases, status_documented 200 in 1 case (in full: the summary at the end of the run, and the reports)',
  );
  expect(propertyFailureLine([reportedFinding('no_server_error', { status: 500, occurrences: 1 })], 1)).toMatch(
    /^1 error finding in 1 case: no_server_error 500 in 1 case /,
  );
});

test('a warning that fails the run (CONFORMANCE_FAIL_ON=warning) is called a warning, never a nonconformance', () => {
  const specGap = reportedFinding('auth', {
    severity: 'warning',
    status: 401,
    code: 'invalid_api_token',
    occurrences: 3,
    message: 'spec gap: the spec documents no answer for failed authentication',
  });
  expect(propertyFailureLine([specGap], 12)).toBe(
    '1 warning (failing under CONFORMANCE_FAIL_ON=warning) in 12 cases: auth 401 invalid_api_token in 3 cases (warning) (in full: the summary at the end of the run, and the reports)',
  );
  const both = propertyFailureLine([reportedFinding('auth', { status: 201 }), specGap], 12);
  expect(both).toMatch(
    /^1 error finding and 1 warning \(failing under CONFORMANCE_FAIL_ON=warning\) in 12 cases: auth 201 in 3 cases, auth 401 invalid_api_token in 3 cases \(warning\) /,
  );
  expect(both).not.toMatch(/nonconformance|×|\(s\)/);
});
