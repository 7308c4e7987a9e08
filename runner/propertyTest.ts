import type { TestInfo } from '@playwright/test';
import { checkProperty, type PropertyDefinition } from './checkProperty.ts';
import { formatFindings } from './formatFindings.ts';
import { PROPERTY_REPORT_ATTACHMENT } from './PropertyReport.ts';
import { suiteContext } from './suiteContext.ts';
import { scrubSecret } from '../transport/redact.ts';

/**
 * The body of a Playwright test that runs one conformance property:
 * `test('title', propertyTest({ name, cases }))`. The test fails only on error-severity findings;
 * warnings become annotations. The full outcome is attached as JSON for the conformance reporter
 * (which also reads it back from merged shard blobs).
 */
export function propertyTest(definition: PropertyDefinition): (fixtures: object, testInfo: TestInfo) => Promise<void> {
  return async ({}, testInfo) => {
    const context = suiteContext();
    const { target } = context.config;
    const report = await checkProperty(definition, context, {
      workerIndex: testInfo.workerIndex,
      replayCommand: (seed, path) => replayCommand(target.kind === 'external' ? target.baseUrl : undefined, seed, path, testInfo.title),
    });
    const scrub = (text: string) => scrubSecret(text, target.apiToken);
    await testInfo.attach(PROPERTY_REPORT_ATTACHMENT, { body: scrub(JSON.stringify(report)), contentType: 'application/json' });
    for (const finding of report.findings.filter((f) => f.severity === 'warning')) {
      testInfo.annotations.push({ type: `warning: ${finding.check}`, description: scrub(`${finding.message} (${finding.occurrences}× in ${finding.family})`) });
    }
    // With CONFORMANCE_FAIL_ON=warning, warnings fail the test too (and so the exit code).
    const failing = report.findings.filter((f) => f.severity === 'error' || context.config.failOn === 'warning');
    if (failing.length > 0) {
      const failure = new Error(scrub(`${failing.length} nonconformance(s) in ${report.cases} cases\n\n${formatFindings(failing, report.cases)}`));
      failure.stack = failure.message;
      throw failure;
    }
  };
}

function replayCommand(externalBaseUrl: string | undefined, seed: number, path: string, title: string): string {
  const grep = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll("'", "'\\''");
  const target = externalBaseUrl ? `PRELUDE_BASE_URL='${externalBaseUrl}' ` : '';
  return `${target}CONFORMANCE_SEED=${seed} CONFORMANCE_REPLAY_PATH=${path} npx playwright test -c playwright.config.ts -g '${grep}'`;
}
