import type { FullConfig, FullResult, Reporter, Suite, TestCase, TestError, TestResult } from '@playwright/test/reporter';
import type { ConsoleSettings } from '../config/consoleSettings.ts';
import { loadReportConfig } from '../config/reportConfig.ts';
import { listenForProgress } from '../config/sharedWithWorkers.ts';
import { REAL_CLOCK } from '../runner/IntervalClock.ts';
import { readProgressRecord } from '../runner/progressRecord.ts';
import { consoleMode } from './consoleMode.ts';
import { LiveConsole, type LiveConsoleOptions } from './_internals/liveConsole.ts';
import { paint, type Paint } from './_internals/paint.ts';
import { plural } from './reportText.ts';

/** Options from the Playwright config. `live: false` (merging shard blobs): no progress line, the events are replayed, not timed. */
export interface ConsoleReporterOptions {
  readonly live?: boolean;
}

/** What the reporter writes to, and the facts its console mode is decided from: a test passes its own. */
export interface ConsoleIo extends Omit<LiveConsoleOptions, 'mode'> {
  readonly isTTY: boolean;
  readonly settings: ConsoleSettings;
}

/** A finished test's mark and word, by its status. */
const OUTCOMES: Record<TestResult['status'], { readonly mark: string; readonly colour: keyof Paint; readonly counted: string }> = {
  passed: { mark: '✓', colour: 'green', counted: 'passed' },
  failed: { mark: '✘', colour: 'red', counted: 'failed' },
  timedOut: { mark: '✘', colour: 'red', counted: 'timed out' },
  interrupted: { mark: '✘', colour: 'red', counted: 'interrupted' },
  skipped: { mark: '-', colour: 'yellow', counted: 'skipped' },
};

/**
 * The suite's console, in place of Playwright's list reporter: a line per finished test (and its
 * error, if it failed), the workers' own output as they print it, one progress line for the whole
 * run (cases judged, findings so far, rate; see `LiveConsole` for how it is drawn on a terminal and
 * in a CI log), and the tests' totals at the end; the conformance reporter's summary follows. The
 * workers' progress records (see `ProgressRecord`) are read here and never shown as they are.
 * Playwright builds it with its options only; a test passes the console it writes to.
 */
export default class ConsoleReporter implements Reporter {
  readonly #console: LiveConsole;
  readonly #paint: Paint;
  readonly #live: boolean;
  readonly #outcomes = new Map<string, TestResult['status']>();

  constructor(options: ConsoleReporterOptions = {}, io: ConsoleIo = processConsole()) {
    const mode = consoleMode(io.isTTY, io.settings);
    this.#console = new LiveConsole({ ...io, mode });
    this.#paint = paint(mode.colours);
    this.#live = options.live ?? true;
  }

  onBegin(config: FullConfig, suite: Suite): void {
    const tests = suite.allTests().length;
    const workers = Math.max(1, Math.min(config.workers, tests));
    const shard = config.shard ? `, shard ${config.shard.current} of ${config.shard.total}` : '';
    this.#console.print(`\nRunning ${plural(tests, 'test')} using ${plural(workers, 'worker')}${shard}\n\n`);
    if (this.#live) this.#console.start(tests);
  }

  onStdOut(chunk: string | Buffer): void {
    const text = chunk.toString();
    const other = text.split(/(?<=\n)/).filter((line) => {
      const record = readProgressRecord(line.trimEnd());
      if (record !== undefined && this.#live) this.#console.note(record);
      return record === undefined;
    });
    this.#console.print(other.join(''));
  }

  onStdErr(chunk: string | Buffer): void {
    this.#console.print(chunk.toString(), 'err');
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    this.#outcomes.set(test.id, result.status);
    this.#console.testEnded();
    const outcome = OUTCOMES[result.status];
    const skipReason = result.status === 'skipped' ? test.annotations.concat(result.annotations).find((a) => a.type === 'skip')?.description : undefined;
    const after = result.status === 'skipped' ? ` (skipped${skipReason ? `: ${skipReason}` : ''})` : ` (${seconds(result.duration)})`;
    const lines = [`  ${this.#paint[outcome.colour](outcome.mark)} ${test.titlePath().filter(Boolean).join(' › ')}${after}`];
    for (const error of result.errors) lines.push(indent(errorText(error)));
    this.#console.print(`${lines.join('\n')}\n`);
  }

  onError(error: TestError): void {
    this.#console.print(`${errorText(error)}\n`, 'err');
  }

  onEnd(result: FullResult): void {
    this.#console.stop();
    // In the table's order (passed, failed, …), never in the order tests happened to end.
    const counts = new Map<string, number>(Object.values(OUTCOMES).map((o) => [o.counted, 0]));
    for (const status of this.#outcomes.values()) counts.set(OUTCOMES[status].counted, (counts.get(OUTCOMES[status].counted) ?? 0) + 1);
    const totals = [...counts]
      .filter(([, count]) => count > 0)
      .map(([word, count]) => `${count} ${word}`)
      .join(', ');
    this.#console.print(`\n  ${totals || 'no test ran'} (${seconds(result.duration)})\n`);
  }

  printsToStdio(): boolean {
    return true;
  }
}

function processConsole(): ConsoleIo {
  listenForProgress();
  return { out: process.stdout, err: process.stderr, isTTY: process.stdout.isTTY === true, clock: REAL_CLOCK, settings: loadReportConfig().console };
}

function errorText(error: TestError): string {
  return error.stack ?? error.message ?? error.value ?? 'unknown error';
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

function seconds(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)}ms` : `${(ms / 1000).toFixed(1)}s`;
}
