import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, relative } from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { allChecks } from '../checks/allChecks.ts';
import { loadReportConfig } from '../config/suiteConfig.ts';
import { assembleRecording } from '../runner/recording/assembleRecording.ts';
import { sharedOperation } from '../spec/sharedOperation.ts';
import { renderHtml } from './renderHtml.ts';
import { renderJson } from './renderJson.ts';
import { renderJunit } from './renderJunit.ts';
import { renderMarkdown } from './renderMarkdown.ts';
import { summarizeRun, type TestOutcome } from './summarizeRun.ts';
import { readPropertyReport } from './_internals/readPropertyReport.ts';
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
 * The suite's own Playwright reporter: collects each conformance test's property outcome and, at
 * the end, writes conformance.json, conformance.md (also appended to `$GITHUB_STEP_SUMMARY`) and
 * conformance.html, and junit.xml to the report directory. It works the same from merged shard
 * blobs (`playwright merge-reports`), and it is the gate: an error finding fails the run.
 */
export default class ConformanceReporter implements Reporter {
  /** By test id: a retried test counts with its last attempt only. */
  readonly #tests = new Map<string, TestOutcome>();
  /**
   * False when merging shard blobs: `merge-reports` exits as it will whatever a reporter says,
   * and `report:merge` exits from conformance.json by the same rule, so no exit code is set here.
   */
  readonly #setsExitCode: boolean;

  constructor({ live = true }: { readonly live?: boolean } = {}) {
    this.#setsExitCode = live;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    this.#tests.set(test.id, {
      title: test.title,
      status: result.status,
      error: result.error?.message,
      property: readPropertyReport(result.attachments),
    });
  }

  // Synchronous work; Playwright awaits the answer (and catches a throw) as it would a promise's.
  onEnd(result: FullResult): Promise<{ status?: FullResult['status'] } | undefined> {
    const config = loadReportConfig();
    const operation = sharedOperation(config.specPath);
    const summarize = (baseline: Baseline | undefined) =>
      summarizeRun([...this.#tests.values()], {
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
    // Playwright exits 0 or 1 only (passed, findings); an exit listener runs after its own, last, and sets a code of our own.
    if (this.#setsExitCode && exitCode !== EXIT_CODES.passed && exitCode !== EXIT_CODES.findings)
      process.once('exit', () => {
        process.exitCode = exitCode;
      });
    return Promise.resolve(exitCode === EXIT_CODES.findings ? { status: 'failed' } : undefined);
  }

  printsToStdio(): boolean {
    return false;
  }
}
