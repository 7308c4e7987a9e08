import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderHtml } from '../../reporter/renderHtml.ts';
import { HTML_SCRIPT } from '../../reporter/_internals/htmlScript.ts';
import { renderJson } from '../../reporter/renderJson.ts';
import { renderMarkdown } from '../../reporter/renderMarkdown.ts';
import { summarizeRun } from '../../reporter/summarizeRun.ts';
import { readPropertyReport } from '../../reporter/_internals/readPropertyReport.ts';
import { markdownCell } from '../../vocabulary/markdownCell.ts';
import { PROPERTY_REPORT_ATTACHMENT } from '../../vocabulary/PropertyReport.ts';
import { propertyReport, reportedFinding } from '../_support/propertyReportFixture.ts';
import { scratchDir } from '../_support/scratchDir.ts';
import { runContext } from '../_support/runContextFixture.ts';

const HOSTILE = '<script>alert(1)</script> | ``` "quoted" & \'single\'';

function hostileSummary() {
  const finding = reportedFinding('response_schema');
  const hostile = reportedFinding('response_schema', {
    message: `bad ${HOSTILE}`,
    counterexample: { ...finding.counterexample, response: { status: 201, headers: { 'x-evil': HOSTILE }, body: `${HOSTILE}\n${'x'.repeat(9_000)}` } },
  });
  return summarizeRun(
    [{ title: 't', status: 'failed', error: undefined, report: propertyReport({ findings: [hostile], observed: { '201': 9, [`500 ${HOSTILE}`]: 1 } }) }],
    runContext(),
  );
}

test('the HTML page is standalone and escapes every piece of target-controlled text', () => {
  const html = renderHtml(hostileSummary());
  // One script, the page's own (its copy buttons), allowed by its hash and nothing else.
  expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script>']);
  expect(html).toContain(`<script>${HTML_SCRIPT.text}</script>`);
  expect(html).toContain(`script-src ${HTML_SCRIPT.cspSource}">`);
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(html).not.toMatch(/\bsrc=/);
  // In-page links only: the "By cause" table and the findings table each link to the finding.
  expect(html.match(/\bhref="[^"]*"/g)).toEqual(['href="#finding-1"', 'href="#finding-1"']);
  expect(html).not.toMatch(/url\(|@import/);
  expect(html).toContain("default-src 'none'");
  expect(html).toContain('class="verdict fail"');
  expect(html).toContain('more characters in conformance.json');
});

test('the Markdown report cannot be broken out of: cells, code blocks and summaries stay closed', () => {
  const markdown = renderMarkdown(hostileSummary());
  expect(markdown).toContain('````http'); // a body holding ``` gets a longer fence
  const outsideCodeBlocks = markdown.replace(/^(`{3,})http\n[\s\S]*?^\1$/gm, '');
  expect(outsideCodeBlocks).not.toContain('<script'); // GitHub would render it
  expect(outsideCodeBlocks).not.toContain('```\n'); // every block closed by its own fence
  const matrixRow = markdown.split('\n').find((line) => line.startsWith('| 500 '))!;
  expect(matrixRow.split(/(?<!\\)\|/).length).toBe(7); // 5 cells: the pipe inside the code is escaped
  expect(markdown.length).toBeLessThan(6_000); // bodies are cut for a PR comment
  expect(markdown).toContain('Replay: `CONFORMANCE_SEED=42 CONFORMANCE_REPLAY_PATH=0:1');
});

test("one cell escaper for every Markdown table: a pipe (in a code span too) or any line ending cannot end the cell; HTML is the prose escaper's", () => {
  expect(markdownCell('a|b `c|d`')).toBe('a\\|b `c\\|d`');
  expect(markdownCell('lf\ncrlf\r\ncr\rend')).toBe('lf crlf cr end');
  expect(markdownCell('one<br>two `<report dir>`')).toBe('one<br>two `<report dir>`'); // the generated docs' cells
});

test('conformance.json is the summary itself, round-trippable', () => {
  const summary = hostileSummary();
  expect(JSON.parse(renderJson(summary))).toEqual(JSON.parse(JSON.stringify(summary)));
});

test('property outcomes are read from an attachment body (live run) or path (merged blobs)', () => {
  const report = propertyReport();
  const file = join(scratchDir('attachment'), 'a.json');
  writeFileSync(file, JSON.stringify(report));
  const contentType = 'application/json';
  expect(readPropertyReport([{ name: PROPERTY_REPORT_ATTACHMENT, contentType, body: Buffer.from(JSON.stringify(report)) }])).toEqual(report);
  expect(
    readPropertyReport([
      { name: 'trace', contentType, path: '/nonexistent' },
      { name: PROPERTY_REPORT_ATTACHMENT, contentType, path: file },
    ]),
  ).toEqual(report);
  expect(readPropertyReport([])).toBeUndefined();
});
