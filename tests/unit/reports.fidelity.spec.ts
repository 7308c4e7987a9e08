import { expect, test } from '@playwright/test';
import { parseSuiteConfig } from '../../config/suiteConfig.ts';
import { EMULATOR_DEFAULTS } from '../../emulator/emulatorDefaults.ts';
import { deviationsAtAGlance } from '../../fidelity/deviationsAtAGlance.ts';
import { renderHtml } from '../../reporter/renderHtml.ts';
import { renderMarkdown } from '../../reporter/renderMarkdown.ts';
import { summarizeRun } from '../../reporter/summarizeRun.ts';
import type { PropertyReport } from '../../vocabulary/PropertyReport.ts';
import { propertyReport, reportedFinding } from '../_support/propertyReportFixture.ts';
import { targetEnv } from '../_support/runConformance.ts';
import { runContext } from '../_support/runContextFixture.ts';

function summary(...properties: PropertyReport[]) {
  return summarizeRun(
    properties.map((property, i) => ({ title: `t${i}`, status: 'passed' as const, error: undefined, report: property })),
    runContext(),
  );
}

const REFERENCE = 'http://127.0.0.1:4011';
const differentialRun = (families: Record<string, { compared: number; agreed: number; notCompared: number }>, property = 'p') =>
  propertyReport({ property, fidelity: { reference: REFERENCE, families, referenceFindings: [] } });

test('a plain run has no Fidelity section in any format', () => {
  const plain = summary(propertyReport());
  expect(plain.fidelity).toBeUndefined();
  expect(renderMarkdown(plain)).not.toContain('Fidelity');
  expect(renderHtml(plain)).not.toContain('Fidelity');
});

test('agreement adds up per family across properties (and shards), with the overall rate', () => {
  const merged = summary(
    differentialRun(
      { 'conflict/identifier': { compared: 4, agreed: 1, notCompared: 0 }, 'valid/realistic': { compared: 10, agreed: 10, notCompared: 0 } },
      'a',
    ),
    differentialRun({ 'conflict/identifier': { compared: 2, agreed: 2, notCompared: 3 } }, 'b'),
  );
  expect(merged.fidelity?.reference).toMatchObject({
    url: REFERENCE,
    total: { compared: 16, agreed: 13, rate: 13 / 16 },
    notCompared: 3,
    families: [
      { family: 'conflict/identifier', compared: 6, agreed: 3, rate: 0.5 },
      { family: 'valid/realistic', compared: 10, agreed: 10, rate: 1 },
    ],
  });
  const markdown = renderMarkdown(merged);
  expect(markdown).toContain('### Fidelity');
  expect(markdown).toContain('13 of 16 exchanges agree (81.2%). 3 exchanges not compared: their identities could not be made fresh');
  expect(markdown).toContain('| conflict/identifier | 6 | 3 | 50% |');
  expect(renderHtml(merged)).toContain('<h2>Fidelity</h2>');
});

test('agreement is never rounded up to 100% while anything disagreed', () => {
  const almost = summary(differentialRun({ f: { compared: 2000, agreed: 1999, notCompared: 0 } }));
  expect(renderMarkdown(almost)).toContain('(99.9%)');
});

test('a differential finding shows the reference side; reference-side findings are a note that does not fail the run', () => {
  const finding = reportedFinding('differential', {
    reference: {
      url: REFERENCE,
      counterexample: { ...reportedFinding('x').counterexample, response: { status: 409, headers: {}, body: '{"code":"already_in_use"}' } },
      curl: 'curl … $PRELUDE_REFERENCE_API_TOKEN',
    },
  });
  const withNote = propertyReport({
    fidelity: {
      reference: REFERENCE,
      families: { f: { compared: 1, agreed: 1, notCompared: 0 } },
      referenceFindings: [{ check: 'response_schema', severity: 'error', family: 'f', status: 201, code: undefined, message: 'bad', occurrences: 2 }],
    },
  });
  const noted = summary(withNote);
  expect(noted.verdict).toBe('pass');
  expect(renderMarkdown(noted)).toMatch(/never fails the run:\n\n- `response_schema` \(error\) · 201 · f: bad — 2 cases/);
  const failing = summary(propertyReport({ findings: [finding], fidelity: withNote.fidelity! }));
  const markdown = renderMarkdown(failing);
  expect(markdown).toContain(`The reference \`${REFERENCE}\` answered the same step:`);
  expect(markdown).toContain('{"code":"already_in_use"}');
  expect(renderHtml(failing)).toContain(`<h3>reference ${REFERENCE}</h3>`);
});

test('an SDK run reports its calls, the fetch fallbacks and the HTTP requests per final status', () => {
  const sdkRun = summary(
    propertyReport({
      sdk: { calls: 12, viaFetch: { 'raw bytes as the body': 3 }, requestsByFinalStatus: { 201: { calls: 8, requests: 8 }, 409: { calls: 4, requests: 12 } } },
    }),
  );
  const markdown = renderMarkdown(sdkRun);
  expect(markdown).toContain('12 calls; 3 exchanges the SDK cannot express went through fetch (raw bytes as the body: 3)');
  expect(markdown).toContain('| 409 | 4 | 12 | 3 |');
  expect(markdown).toContain('| 201 | 8 | 8 | 1 |');
});

test("the reference defaults to the emulator's token and apps; its URL is validated like the target's", () => {
  const config = parseSuiteConfig({ ...targetEnv('http://127.0.0.1:1'), PRELUDE_REFERENCE_URL: 'http://127.0.0.1:2/', CONFORMANCE_RUN_ID: 'rx' });
  expect(config.reference).toMatchObject({
    baseUrl: 'http://127.0.0.1:2',
    apiToken: EMULATOR_DEFAULTS.token,
    appId: EMULATOR_DEFAULTS.enabledAppId,
    disabledAppId: EMULATOR_DEFAULTS.disabledAppId,
    unknownAppId: 'zzrxref',
  });
  expect(config.transport).toBe('fetch');
  expect(parseSuiteConfig(targetEnv('http://127.0.0.1:1')).reference).toBeUndefined();
  expect(() => parseSuiteConfig({ ...targetEnv('http://127.0.0.1:1'), PRELUDE_REFERENCE_URL: 'ftp://x' })).toThrow(
    'PRELUDE_REFERENCE_URL must be an http(s) URL',
  );
});

test("an emulator's deviations at a glance name each failing check's messages, the outcomes never answered and the undocumented ones", () => {
  const sameId = 'user id "usr_01jqebhswje1ka1z7ahr9rfsgt" was already returned by an earlier create of this run: two creates, one id.';
  const run = summary(
    propertyReport({
      checks: { conflict: { cases: 10, errors: 9, warnings: 0 }, no_server_error: { cases: 10, errors: 0, warnings: 0 } },
      findings: [reportedFinding('conflict', { message: sameId, family: 'a' }), reportedFinding('conflict', { message: sameId, family: 'b', key: 'k2' })],
      observed: { 201: 10, 422: 1 },
      targeted: { '409 already_in_use': 4 },
    }),
  );
  const text = deviationsAtAGlance(run, 'Prism');
  expect(text).toContain("## Prism: deviations from the spec's semantics at a glance");
  // Once per distinct message, as plain Markdown text (no HTML entity for a quote).
  expect(text).toContain(
    '- `conflict`: 9 of 10 exchanges fail it\n  - user id "usr_01jqebhswje1ka1z7ahr9rfsgt" was already returned by an earlier create of this run: two creates, one id.\n- never',
  );
  expect(text).not.toContain('no_server_error');
  expect(text).toContain('- never answered `409 already_in_use`, though 4 case(s) called for it');
  expect(text).toContain('- answered `422` 1×, a status the spec does not document');
});
