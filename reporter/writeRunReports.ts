import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, relative } from 'node:path';
import type { FullResult } from '@playwright/test/reporter';
import { allChecks } from '../checks/allChecks.ts';
import { loadReportConfig } from '../config/reportConfig.ts';
import { assembleRecording } from '../runner/recording/assembleRecording.ts';
import { sharedOperation } from '../spec/sharedOperation.ts';
import { renderHtml } from './renderHtml.ts';
import { renderJson } from './renderJson.ts';
import { renderJunit } from './renderJunit.ts';
import { renderMarkdown } from './renderMarkdown.ts';
import { summarizeRun, type TestOutcome } from './summarizeRun.ts';
import { consoleMode } from './consoleMode.ts';
import { consoleSummary } from './consoleSummary.ts';
import { paint } from './_internals/paint.ts';
import { verdictExitCode } from './verdictExitCode.ts';
import { EXIT_CODES } from '../vocabulary/exitCodes.ts';
import { renderBaseline, updatedBaseline } from './updatedBaseline.ts';
import { readBaseline, today, type Baseline } from '../config/baseline.ts';

/**
 * The replay command in the form that works where the run was started: the npm script in this
 * repository (sources, `.ts`), the package's command where it is installed (compiled, `.js`).
 */
const REPLAY_COMMAND = import.meta.filename.endsWith('.ts') ? 'npm run replay --' : 'npx create-user-conformance replay';

/**
 * The end of a conformance run: conformance.json, .md (and `$GITHUB_STEP_SUMMARY`), .html,
 * junit.xml, the recording, an updated baseline when asked, the console summary, and the run's
 * status: failed on an error finding; an exit code above 1 (nothing judged) is set as the process
 * exits when `setsExitCode`. Loaded by the reporter only when the run ends: none of its modules is
 * needed before, and the runner starts the workers sooner without them.
 */
export function writeRunReports(
  tests: readonly TestOutcome[],
  result: FullResult,
  { setsExitCode }: { readonly setsExitCode: boolean },
): { status?: FullResult['status'] } | undefined {
  const config = loadReportConfig();
  const operation = sharedOperation(config.specPath);
  const summarize = (baseline: Baseline | undefined) =>
    summarizeRun([...tests], {
      operation: `${operation.method} ${operation.pathTemplate}`,
      documented: operation,
      specSha256: operation.spec.sha256,
      checkCatalogue: allChecks,
      startedAt: result.startTime,
      durationMs: result.duration,
      ...(baseline ? { baseline: { entries: baseline, today: today() } } : {}),
    });
  const previous = config.baselinePath === undefined ? undefined : readBaseline(config.baselinePath, undefined, { mayBeMissing: config.updateBaseline });
  let summary = summarize(previous);
  if (config.updateBaseline && config.baselinePath !== undefined) {
    // Written from the run judged against the file as it was (so fixed entries are known), then
    // the reports judge the run against the file as it is now: every finding in it is known.
    const updated = updatedBaseline(summary, previous, today());
    writeFileSync(config.baselinePath, renderBaseline(updated.entries));
    console.log(
      `\nBaseline written: ${config.baselinePath}, ${updated.entries.length} entries (${updated.added} added, ${updated.kept} kept, ${updated.removed} removed as fixed); give each new entry its reason.`,
    );
    summary = summarize({ path: config.baselinePath, entries: updated.entries });
  }
  const markdown = renderMarkdown(summary);
  mkdirSync(config.reportDir, { recursive: true });
  writeFileSync(join(config.reportDir, 'conformance.json'), renderJson(summary));
  writeFileSync(join(config.reportDir, 'conformance.md'), markdown);
  writeFileSync(join(config.reportDir, 'conformance.html'), renderHtml(summary));
  if (config.stepSummaryPath) appendFileSync(config.stepSummaryPath, `${markdown}\n`);
  const page = join(config.reportDir, 'conformance.html');
  const where = relative(process.cwd(), page).startsWith('..') ? page : relative(process.cwd(), page);
  const json = join(config.reportDir, 'conformance.json');
  const jsonWhere = relative(process.cwd(), json).startsWith('..') ? json : relative(process.cwd(), json);
  const replay = (n: number) => `${REPLAY_COMMAND} ${jsonWhere} ${n}`;
  writeFileSync(join(config.reportDir, 'junit.xml'), renderJunit(summary, { hostname: hostname(), replayCommand: replay }));
  const colours = paint(consoleMode(process.stdout.isTTY === true, config.console).colours);
  console.log(consoleSummary(summary, where, replay, colours));
  const runId = summary.run.metadata?.runId;
  const recorded =
    runId === undefined
      ? []
      : assembleRecording(config.reportDir, runId, config.record, {
          name: 'create-user-conformance',
          version: summary.run.metadata?.suiteVersion ?? 'unknown',
        });
  if (recorded.length > 0)
    console.log(
      `  every exchange, redacted: ${recorded.map((file) => (relative(process.cwd(), file).startsWith('..') ? file : relative(process.cwd(), file))).join(', ')}`,
    );
  const exitCode = verdictExitCode(summary);
  // Playwright exits 0 or 1 only; an exit listener runs after its own, last, and sets a code of our own.
  if (setsExitCode && exitCode > 1)
    process.once('exit', () => {
      process.exitCode = exitCode;
    });
  return exitCode === EXIT_CODES.findings ? { status: 'failed' } : undefined;
}
