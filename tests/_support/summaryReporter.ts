import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Prints the plain closing line CI parsers read: `N passed, N failed, N skipped`. */
export default class SummaryReporter implements Reporter {
  #counts = { passed: 0, failed: 0, skipped: 0 };

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status === 'skipped') this.#counts.skipped++;
    else if (test.outcome() === 'expected' || test.outcome() === 'flaky') this.#counts.passed++;
    else if (result.retry === test.retries) this.#counts.failed++;
  }

  onEnd(_result: FullResult): void {
    const { passed, failed, skipped } = this.#counts;
    console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
