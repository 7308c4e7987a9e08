import { expect, test } from '@playwright/test';
import { renderHtml } from '../../reporter/renderHtml.ts';
import { renderJson } from '../../reporter/renderJson.ts';
import { renderMarkdown } from '../../reporter/renderMarkdown.ts';
import { summarizeRun } from '../../reporter/summarizeRun.ts';
import { runContext } from '../_support/runContextFixture.ts';
import { propertyReport } from '../_support/propertyReportFixture.ts';

// The pure half of the value-class reports; what a run against the emulator counts is in
// tests/integration/reports.valueClasses.spec.ts.
test('coverage adds up across properties, keeps declared order, and lists a class never drawn', () => {
  const summary = summarizeRun(
    [
      {
        title: 'a',
        status: 'passed',
        error: undefined,
        report: propertyReport({
          property: 'a',
          valueClasses: { '/id': { absent: { 201: 3 }, 'upper-case UUID': { 201: 1, '400 invalid_id': 1 }, 'lower-case UUID': {} } },
        }),
      },
      {
        title: 'b',
        status: 'passed',
        error: undefined,
        report: propertyReport({ property: 'b', valueClasses: { '/id': { absent: { 201: 2 }, 'upper-case UUID': {}, 'lower-case UUID': {} } } }),
      },
    ],
    runContext(),
  );
  expect(summary.valueClasses).toEqual([
    {
      location: '/id',
      classes: [
        { name: 'absent', sent: 5, answers: [{ answer: '201', count: 5 }] },
        {
          name: 'upper-case UUID',
          sent: 2,
          answers: [
            { answer: '201', count: 1 },
            { answer: '400 invalid_id', count: 1 },
          ],
        },
        { name: 'lower-case UUID', sent: 0, answers: [] },
      ],
    },
  ]);
  const markdown = renderMarkdown(summary);
  expect(markdown).toContain('### Value classes sent (valid requests)');
  expect(markdown).toContain('| `/id` | upper-case UUID | 2 | 201 ×1, 400 invalid_id ×1 |');
  expect(markdown).toContain('| `/id` | lower-case UUID | 0 | never drawn |');
  const html = renderHtml(summary);
  expect(html).toContain('<h2>Value classes sent (valid requests)</h2>');
  expect(html).toContain('<tr class="never"><td><code>/id</code></td><td>lower-case UUID</td><td class="n">0</td><td>never drawn</td></tr>');
  expect((JSON.parse(renderJson(summary)) as { valueClasses: unknown }).valueClasses).toEqual(summary.valueClasses);
});
