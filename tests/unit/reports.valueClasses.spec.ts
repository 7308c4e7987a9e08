import { expect, test } from '@playwright/test';
import { allChecks } from '../../checks/allChecks.ts';
import { renderHtml } from '../../reporter/renderHtml.ts';
import { renderJson } from '../../reporter/renderJson.ts';
import { renderMarkdown } from '../../reporter/renderMarkdown.ts';
import { summarizeRun, type RunContext } from '../../reporter/summarizeRun.ts';
import { modelRunProperty } from '../../runner/properties/modelRunProperty.ts';
import { caseProperty } from '../../runner/PropertyDefinition.ts';
import { validCaseArbitrary } from '../../generators/validCaseArbitrary.ts';
import { VALUE_CLASS_LOCATIONS } from '../../generators/valueClassLocations.ts';
import { propertyReport } from '../_support/propertyReportFixture.ts';
import { runProperty } from '../_support/runProperty.ts';
import { specOperation } from '../_support/specFixture.ts';
import { startEmulator } from '../_support/startEmulator.ts';

function context(): RunContext {
  const operation = specOperation();
  return {
    operation: 'POST /v2/session/apps/{appID}/users', documented: operation, specSha256: operation.spec.sha256,
    checkCatalogue: allChecks, startedAt: new Date('2025-01-01T00:00:00Z'), durationMs: 1500,
  };
}

test('coverage adds up across properties, keeps declared order, and lists a class never drawn', () => {
  const summary = summarizeRun([
    { title: 'a', status: 'passed', error: undefined, property: propertyReport({ property: 'a', valueClasses: { '/id': { absent: { 201: 3 }, 'upper-case UUID': { 201: 1, '400 invalid_id': 1 }, 'lower-case UUID': {} } } }) },
    { title: 'b', status: 'passed', error: undefined, property: propertyReport({ property: 'b', valueClasses: { '/id': { absent: { 201: 2 }, 'upper-case UUID': {}, 'lower-case UUID': {} } } }) },
  ], context());
  expect(summary.valueClasses).toEqual([{
    location: '/id',
    classes: [
      { name: 'absent', sent: 5, answers: [{ answer: '201', count: 5 }] },
      { name: 'upper-case UUID', sent: 2, answers: [{ answer: '201', count: 1 }, { answer: '400 invalid_id', count: 1 }] },
      { name: 'lower-case UUID', sent: 0, answers: [] },
    ],
  }]);
  const markdown = renderMarkdown(summary);
  expect(markdown).toContain('### Value classes sent (valid requests)');
  expect(markdown).toContain('| `/id` | upper-case UUID | 2 | 201 ×1, 400 invalid_id ×1 |');
  expect(markdown).toContain('| `/id` | lower-case UUID | 0 | never drawn |');
  const html = renderHtml(summary);
  expect(html).toContain('<h2>Value classes sent (valid requests)</h2>');
  expect(html).toContain('<tr class="never"><td><code>/id</code></td><td>lower-case UUID</td><td class="n">0</td><td>never drawn</td></tr>');
  expect((JSON.parse(renderJson(summary)) as { valueClasses: unknown }).valueClasses).toEqual(summary.valueClasses);
});

test('a run counts every declared class, with the answers each provoked; the same and only valid requests', async () => {
  const emulator = await startEmulator();
  try {
    const valid = await runProperty(caseProperty({ name: 'valid-realistic', cases: ({ operation, profile }) => validCaseArbitrary(operation, profile) }), emulator.url, { runs: 120, seed: 2026 });
    for (const { location, classes } of VALUE_CLASS_LOCATIONS) {
      expect(Object.keys(valid.valueClasses![location]!)).toEqual(classes.map((c) => c.name));
      for (const c of classes) expect(Object.values(valid.valueClasses![location]![c.name]!).reduce((a, b) => a + b, 0), `${location}: ${c.name}`).toBeGreaterThan(0);
    }
    // The unsettled arrays are refused by the emulator (a legitimate choice), the rest created.
    expect(Object.keys(valid.valueClasses!['/identifiers']!['same identifier twice']!)).toContain('400 invalid_request');
    expect(Object.keys(valid.valueClasses!['/identifiers']!['one']!)).toEqual(['201']);
    const model = await runProperty(modelRunProperty, emulator.url, { runs: 20 });
    const sent = Object.values(model.valueClasses!['/id']!).flatMap((answers) => Object.values(answers)).reduce((a, b) => a + b, 0);
    expect(sent).toBeLessThan(model.cases);
  } finally {
    await emulator.close();
  }
});
