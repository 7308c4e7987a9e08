import { expect, test } from '@playwright/test';
import { minimisationText } from '../../reporter/minimisationText.ts';
import { reportedFinding } from '../_support/propertyReportFixture.ts';

// The pure half of the minimisation labels; the labels of real runs are in tests/integration/runner.minimisationLabels.spec.ts.
test('"answered otherwise" only when a replay was sent and answered otherwise', () => {
  expect(minimisationText(reportedFinding('no_server_error', { shrunk: false, minimisation: { outcome: 'not-reproduced' } }))).toBe(
    'not shrunk: replayed, and the replay was answered otherwise (intermittent?)',
  );
  expect(minimisationText(reportedFinding('no_server_error', { shrunk: false, fixedCase: true, minimisation: { outcome: 'not-reproduced' } }))).toBe(
    'fixed case, sent again and answered otherwise (intermittent?)',
  );
  // A report written before the field existed claims nothing it cannot know.
  expect(minimisationText(reportedFinding('no_server_error', { shrunk: false }))).toBe('not shrunk');
});
