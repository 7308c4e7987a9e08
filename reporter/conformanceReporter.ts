import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import type { TestOutcome } from './summarizeRun.ts';
import { readPropertyReport } from './_internals/readPropertyReport.ts';

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
      report: readPropertyReport(result.attachments),
    });
  }

  async onEnd(result: FullResult): Promise<{ status?: FullResult['status'] } | undefined> {
    const { writeRunReports } = await import('./writeRunReports.ts');
    return writeRunReports([...this.#tests.values()], result, { setsExitCode: this.#setsExitCode });
  }

  printsToStdio(): boolean {
    return false;
  }
}
