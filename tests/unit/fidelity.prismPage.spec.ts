import { expect, test } from '@playwright/test';
import { prismFidelityPage, prismFidelityPagePaths } from '../../fidelity/prismFidelityPage.ts';
import { renderMarkdown } from '../../reporter/renderMarkdown.ts';
import { summarizeRun } from '../../reporter/summarizeRun.ts';
import { propertyReport, reportedFinding } from '../_support/propertyReportFixture.ts';
import { runContext } from '../_support/runContextFixture.ts';

/** What a run against Prism reports: 400s whose body lacks `code`, a 401 and a 405, an id in quotes. */
function prismSummary() {
  const findings = [
    reportedFinding('negative_rejection', {
      family: 'negative/malformed',
      status: 400,
      code: undefined,
      key: 'negative_rejection|error|400|-|negative/malformed',
      message: 'an invalid request (malformed:truncated) got 400; expected 400 with invalid_request.',
    }),
    reportedFinding('response_schema', {
      family: 'negative/malformed',
      status: 400,
      code: undefined,
      key: 'response_schema|error|400|-|negative/malformed',
      message: "the 400 body does not match its schema: (root) must have required property 'code'",
    }),
    reportedFinding('conflict', {
      family: 'conflict/reuse',
      key: 'conflict|error|201|-|conflict/reuse',
      message: 'user id "usr_01jqebhswje1ka1z7ahr9rfsgt" was already returned by an earlier create of this run: two creates, one id.',
    }),
  ];
  const property = propertyReport({
    findings,
    checks: {
      negative_rejection: { cases: 10, errors: 3, warnings: 0 },
      response_schema: { cases: 10, errors: 3, warnings: 0 },
      conflict: { cases: 10, errors: 9, warnings: 0 },
    },
    observed: { '201': 10, '400': 3, '401': 2, '405': 1, '400 invalid_id': 1 },
  });
  return summarizeRun([{ title: 'p', status: 'failed', error: undefined, report: property }], runContext());
}

test("Prism's page says what differs: 400 is documented, its body lacks `code`; only 401 and 405 are undocumented", () => {
  const summary = prismSummary();
  const page = prismFidelityPage(summary, renderMarkdown(summary));
  expect(page).toContain('- answered `400` 3× without a `code` in the body: 400 is documented, but its error body must carry a code (see `response_schema`)');
  expect(page).not.toContain('answered `400` 3×, a status the spec does not document');
  expect(page).toContain('- answered `401` 2×, a status the spec does not document for this operation');
  expect(page).toContain('- answered `405` 1×, a status the spec does not document for this operation');
  expect(page).toContain('got 400; expected 400 with invalid_request. (the status is right: the 400 body has no `code`)');
});

test("Prism's page is plain Markdown: no HTML entities for quotes", () => {
  const summary = prismSummary();
  const page = prismFidelityPage(summary, renderMarkdown(summary));
  expect(page).toContain("must have required property 'code'");
  expect(page).toContain('user id "usr_01jqebhswje1ka1z7ahr9rfsgt" was already returned');
  expect(page).not.toMatch(/&#39;|&quot;|&amp;/);
});

test('conformance:prism writes only under the report directory; docs:prism also regenerates the tracked page', () => {
  expect(prismFidelityPagePaths('/tmp/r/prism', '/repo', false)).toEqual(['/tmp/r/prism/prism-fidelity.md']);
  expect(prismFidelityPagePaths('/tmp/r/prism', '/repo', true)).toEqual(['/tmp/r/prism/prism-fidelity.md', '/repo/docs/prism-fidelity.md']);
});
