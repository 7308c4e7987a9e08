import type { IntervalClock } from '../../runner/IntervalClock.ts';
import type { ProgressRecord } from '../../runner/progressRecord.ts';
import type { ConsoleMode } from '../consoleMode.ts';
import { stripVTControlCharacters } from 'node:util';
import { plural } from '../reportText.ts';

/** Where the console writes; `columns` is the terminal's width when known. */
export interface ConsoleStream {
  write(text: string): unknown;
  readonly columns?: number | undefined;
}

export interface LiveConsoleOptions {
  readonly out: ConsoleStream;
  readonly err: ConsoleStream;
  readonly mode: ConsoleMode;
  readonly clock: IntervalClock;
  /** On a terminal, how often the progress line is redrawn. */
  readonly redrawMs?: number;
  /** Off a terminal (a CI log), how often a progress line is printed. */
  readonly logEveryMs?: number;
}

const REDRAW_MS = 1_000;
const LOG_EVERY_MS = 5_000;

/**
 * The run's console: everything printed goes through here, so the single progress line can be
 * kept out of its way. On a terminal the line is rewritten in place (carriage return, the line,
 * spaces over what is left of the previous one: no escape code, so NO_COLOR holds for it too) and
 * taken off before any other text, then put back. Off a terminal a plain line is printed every
 * `logEveryMs`. Either way the first comes only after one interval: a short run shows none.
 * Colours off: whatever is printed, whoever wrote it, loses its ANSI escapes.
 */
export class LiveConsole {
  readonly #options: LiveConsoleOptions;
  readonly #records = new Map<string, ProgressRecord>();
  #tests = 0;
  #testsDone = 0;
  #startedAt = 0;
  #stopTicking: (() => void) | undefined;
  /** Visible length of the progress line on screen; 0: none is drawn. */
  #drawn = 0;
  /** Whether the cursor is at the start of a line (other text may end without a newline). */
  #atLineStart = true;

  constructor(options: LiveConsoleOptions) {
    this.#options = options;
  }

  /** Starts the progress for a run of `tests` tests. */
  start(tests: number): void {
    this.#tests = tests;
    this.#startedAt = this.#options.clock.now();
    const { mode, redrawMs = REDRAW_MS, logEveryMs = LOG_EVERY_MS } = this.#options;
    this.#stopTicking = mode.live
      ? this.#options.clock.every(redrawMs, () => this.#draw())
      : this.#options.clock.every(logEveryMs, () => this.#write('out', `${this.progressLine()}\n`));
  }

  /** A property's latest progress (a worker's record replaces its previous one). */
  note(record: ProgressRecord): void {
    this.#records.set(record.property, record);
  }

  testEnded(): void {
    this.#testsDone++;
  }

  /** Prints other text (a test's line, a worker's output) without mixing it into the progress line. */
  print(text: string, to: 'out' | 'err' = 'out'): void {
    if (text === '') return;
    const wasDrawn = this.#drawn > 0;
    this.#erase();
    this.#write(to, text);
    if (wasDrawn && this.#atLineStart) this.#draw();
  }

  /** Ends the progress: the line is taken off the terminal, no more lines come. */
  stop(): void {
    this.#stopTicking?.();
    this.#stopTicking = undefined;
    this.#erase();
  }

  /** "… 2 of 10 tests done · 412 cases judged · findings so far: 2 error, 1 warning · 48 cases/s since the start" */
  progressLine(): string {
    const records = [...this.#records.values()];
    const sum = (pick: (r: ProgressRecord) => number) => records.reduce((total, r) => total + pick(r), 0);
    const cases = sum((r) => r.cases);
    const elapsedS = (this.#options.clock.now() - this.#startedAt) / 1000;
    const rate = cases / elapsedS;
    return [
      `  … ${this.#testsDone} of ${plural(this.#tests, 'test')} done`,
      `${plural(cases, 'case')} judged`,
      `findings so far: ${sum((r) => r.errorFindings)} error, ${sum((r) => r.warningFindings)} warning${notes(sum((r) => r.noteFindings ?? 0))}`,
      ...(elapsedS >= 1 ? [`${rate >= 10 ? Math.round(rate) : Math.round(rate * 10) / 10} cases/s since the start`] : []),
    ].join(' · ');
  }

  #draw(): void {
    if (!this.#atLineStart) this.#write('out', '\n');
    const width = this.#options.out.columns;
    const full = this.progressLine();
    // A line longer than the terminal wraps, and a carriage return no longer reaches its start.
    const line = width !== undefined && width > 1 && full.length >= width ? `${full.slice(0, width - 2)}…` : full;
    this.#options.out.write(`\r${line}${' '.repeat(Math.max(0, this.#drawn - line.length))}`);
    this.#drawn = line.length;
  }

  #erase(): void {
    if (this.#drawn === 0) return;
    this.#options.out.write(`\r${' '.repeat(this.#drawn)}\r`);
    this.#drawn = 0;
  }

  #write(to: 'out' | 'err', text: string): void {
    if (text === '') return;
    this.#options[to].write(this.#options.mode.colours ? text : stripVTControlCharacters(text));
    this.#atLineStart = text.endsWith('\n');
  }
}

/** Notes only when there are some: most runs have none, and the line is read at a glance. */
function notes(count: number): string {
  return count > 0 ? `, ${count} note` : '';
}
