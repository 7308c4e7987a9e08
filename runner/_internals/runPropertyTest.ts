import type { TestInfo } from '@playwright/test';
import { failsRun } from '../../vocabulary/Finding.ts';
import { baselineKey } from '../../vocabulary/findingKey.ts';
import { runSecrets } from '../../config/runSecrets.ts';
import { scrubSecret } from '../../transport/redact.ts';
import { checkProperty } from '../checkProperty.ts';
import { replayCommand } from '../replayCommand.ts';
import type { PropertyDefinition } from '../PropertyDefinition.ts';
import { compareFindings } from '../findingOrder.ts';
import { PROPERTY_REPORT_ATTACHMENT, type PropertyReport, type SkippedCheck } from '../../vocabulary/PropertyReport.ts';
import type { SuitePhase } from '../properties/suitePhases.ts';
import type { SuiteContext } from '../suiteContext.ts';
import { suiteTest } from '../suiteTest.ts';
import { emptyReport } from './emptyReport.ts';
import { propertyFailureLine } from './propertyFailureLine.ts';

/**
 * Runs one conformance property as the body of its Playwright test (see `propertyTest`), in the
 * worker's run state. The test fails on error-severity findings (and on warnings with
 * CONFORMANCE_FAIL_ON=warning); warnings become annotations. The full outcome is attached as JSON
 * for the conformance reporter (which also reads it back from merged shard blobs). A property that
 * cannot run in this configuration is skipped with its reason, and still attaches a report that
 * says what was skipped and why. Its phases are steps of the test in Playwright's reports (a
 * replay's requests too: see `checkProperty`). Nothing it writes contains the token.
 */
export async function runPropertyTest<T>(
  definition: PropertyDefinition<T>,
  phase: SuitePhase | undefined,
  context: SuiteContext,
  testInfo: TestInfo,
): Promise<void> {
  const secrets = runSecrets(context.config);
  const scrub = (text: string) => secrets.reduce(scrubSecret, text);
  const skip = phaseLeftOut(phase, context) ?? definition.skipWhen?.(context);
  const checked: PropertyReport =
    skip !== undefined
      ? emptyReport(definition.name, context, skip)
      : await checkProperty(definition, context, {
          workerIndex: testInfo.workerIndex,
          replayCommand: (seed, path) => replayCommand(context.config.replayEnv, seed, path, testInfo.title),
          showStep: (title, body) => suiteTest.step(scrub(title), body),
        });
  const report: PropertyReport = { ...checked, findings: checked.findings.map((f) => ({ ...f, replay: { ...f.replay, title: testInfo.title } })) };
  await testInfo.attach(PROPERTY_REPORT_ATTACHMENT, { body: scrub(JSON.stringify(report)), contentType: 'application/json' });
  for (const skipped of report.skipped ?? []) {
    testInfo.annotations.push({ type: `skipped: ${skipped.check}`, description: skipped.reason });
  }
  testInfo.skip(skip !== undefined, skip && `${skip.check}: ${skip.reason}`);
  // A finding the baseline accepts is known: reported, and not failing the test.
  const failing = report.findings
    .filter((f) => failsRun(f.severity, context.config.failOn) && !context.accepted(baselineKey(f, report.property)))
    .sort(compareFindings);
  for (const finding of report.findings.filter((f) => !failing.includes(f))) {
    const cases = finding.occurrences === 1 ? '1 case' : `${finding.occurrences} cases`;
    const known = failsRun(finding.severity, context.config.failOn) ? 'known ' : '';
    testInfo.annotations.push({
      type: `${known}${finding.severity}: ${finding.check}`,
      description: scrub(`${finding.message} (${cases} of ${finding.family})`),
    });
  }
  if (failing.length > 0) {
    const failure = new Error(scrub(propertyFailureLine(failing, report.cases)));
    failure.stack = failure.message;
    throw failure;
  }
}

/** A property of a phase the selection leaves out is skipped, and its report says why. */
function phaseLeftOut(phase: SuitePhase | undefined, context: SuiteContext): SkippedCheck | undefined {
  if (phase === undefined || context.selection.phases.includes(phase)) return undefined;
  return { check: '*', reason: `the ${phase} phase is left out by the selection (CONFORMANCE_PHASES / --phases: ${context.selection.phases.join(', ')}).` };
}
