import { expect, test } from '@playwright/test';
import type { FullConfig, FullResult, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import { consoleSettings, type ConsoleSettings } from '../../config/consoleSettings.ts';
import { consoleMode, type ConsoleMode } from '../../reporter/consoleMode.ts';
import ConsoleReporter from '../../reporter/consoleReporter.ts';
import { LiveConsole } from '../../reporter/_internals/liveConsole.ts';
import type { IntervalClock } from '../../runner/IntervalClock.ts';
import { progressRecordLine, type ProgressRecord } from '../../runner/progressRecord.ts';

// The console as a terminal and as a CI log, without either: a fake stream records what is
// written, a clock the test drives decides when ticks happen. No outcome here depends on timing.

const TERMINAL: ConsoleMode = { live: true, colours: true };
const CI_LOG: ConsoleMode = { live: false, colours: false };
const PLAIN: ConsoleSettings = { noColor: false, forceColor: undefined };
const ESCAPE = '\x1b';

/** A stream that keeps everything written to it. */
function fakeStream(columns?: number) {
  const writes: string[] = [];
  return { writes, columns, write: (text: string) => writes.push(text), text: () => writes.join('') };
}

/** A clock the test drives: `advance(ms)` moves time, then fires each interval that came due. */
function drivenClock(): IntervalClock & { advance(ms: number): void } {
  let now = 0;
  const timers = new Set<{ ms: number; next: number; tick: () => void }>();
  return {
    now: () => now,
    every: (ms, tick) => {
      const timer = { ms, next: now + ms, tick };
      timers.add(timer);
      return () => timers.delete(timer);
    },
    advance(ms) {
      const until = now + ms;
      for (;;) {
        const due = [...timers].filter((t) => t.next <= until).sort((a, b) => a.next - b.next)[0];
        if (due === undefined) break;
        now = due.next;
        due.next += due.ms;
        due.tick();
      }
      now = until;
    },
  };
}

/** What a terminal shows after `text`: a carriage return goes back to the line's start, characters overwrite. */
function screen(text: string): string[] {
  const lines: string[][] = [[]];
  let column = 0;
  for (const char of text) {
    if (char === '\r') column = 0;
    else if (char === '\n') {
      lines.push([]);
      column = 0;
    } else lines.at(-1)![column++] = char;
  }
  return lines.map((l) =>
    Array.from(l, (c) => c ?? ' ')
      .join('')
      .trimEnd(),
  );
}

const record = (property: string, cases: number, errorFindings = 0, warningFindings = 0): ProgressRecord => ({
  property,
  activity: 'exploring',
  valuesDone: cases,
  total: 100,
  cases,
  errorFindings,
  warningFindings,
  noteFindings: 0,
});

function liveConsole(mode: ConsoleMode, columns?: number) {
  const out = fakeStream(columns);
  const err = fakeStream();
  const clock = drivenClock();
  return { out, err, clock, console: new LiveConsole({ out, err, mode, clock }) };
}

test('on a terminal: one progress line for the whole run, rewritten in place by carriage returns', () => {
  const { out, clock, console } = liveConsole(TERMINAL);
  console.start(4);
  clock.advance(999);
  expect(out.text()).toBe(''); // nothing before the first interval: a short run shows no line
  console.note(record('valid-realistic', 40, 1));
  console.note(record('negative-required', 60, 0, 2));
  clock.advance(1);
  console.note(record('valid-realistic', 150, 1)); // a property's newer record replaces its older one
  console.testEnded();
  clock.advance(1_000);
  expect(out.writes).toHaveLength(2);
  expect(out.writes.every((w) => w.startsWith('\r') && !w.includes('\n'))).toBe(true);
  expect(screen(out.text())).toEqual(['  … 1 of 4 tests done · 210 cases judged · findings so far: 1 error, 2 warning · 105 cases/s since the start']);
});

test('on a terminal: other output takes the line off and puts it back under it; stopping leaves no trace of it', () => {
  const { out, clock, console } = liveConsole(TERMINAL);
  console.start(2);
  console.note(record('valid-realistic', 5_000));
  clock.advance(1_000);
  console.print('  ✓ valid requests (1.0s)\n');
  expect(screen(out.text())).toEqual([
    '  ✓ valid requests (1.0s)',
    '  … 0 of 2 tests done · 5000 cases judged · findings so far: 0 error, 0 warning · 5000 cases/s since the start',
  ]);
  clock.advance(1_000);
  expect(screen(out.text())).toHaveLength(2); // still one progress line
  console.stop();
  clock.advance(10_000);
  expect(screen(out.text())).toEqual(['  ✓ valid requests (1.0s)', '']);
});

test('on a narrow terminal the line is cut to fit: a wrapped line could not be rewritten in place', () => {
  const { out, clock, console } = liveConsole(TERMINAL, 40);
  console.start(2);
  clock.advance(1_000);
  expect(screen(out.text())).toEqual(['  … 0 of 2 tests done · 0 cases judged…']);
  expect(screen(out.text())[0]!.length).toBeLessThan(40);
});

test('in a CI log: a plain progress line every interval, no carriage return, none before the first interval', () => {
  const { out, clock, console } = liveConsole(CI_LOG);
  console.start(3);
  console.note(record('valid-realistic', 10));
  clock.advance(4_999);
  expect(out.text()).toBe('');
  clock.advance(1);
  console.note(record('valid-realistic', 30));
  clock.advance(5_000);
  clock.advance(5_000);
  console.stop();
  clock.advance(5_000);
  expect(out.text()).not.toContain('\r');
  expect(out.text().split('\n')).toEqual([
    '  … 0 of 3 tests done · 10 cases judged · findings so far: 0 error, 0 warning · 2 cases/s since the start',
    '  … 0 of 3 tests done · 30 cases judged · findings so far: 0 error, 0 warning · 3 cases/s since the start',
    '  … 0 of 3 tests done · 30 cases judged · findings so far: 0 error, 0 warning · 2 cases/s since the start',
    '',
  ]);
});

test('colours: on a terminal by default, never with NO_COLOR (any non-empty value, over FORCE_COLOR), FORCE_COLOR off a terminal', () => {
  const cases: Array<[boolean, Record<string, string>, boolean]> = [
    [true, {}, true],
    [false, {}, false],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '0' }, false],
    [true, { NO_COLOR: '' }, true],
    [true, { NO_COLOR: 'yes', FORCE_COLOR: '1' }, false],
    [false, { FORCE_COLOR: '1' }, true],
    [false, { FORCE_COLOR: 'true' }, true],
    [true, { FORCE_COLOR: '0' }, false],
    [true, { FORCE_COLOR: 'false' }, false],
    [false, { FORCE_COLOR: '' }, false],
  ];
  for (const [isTTY, env, colours] of cases) expect(consoleMode(isTTY, consoleSettings(env)).colours, JSON.stringify({ isTTY, env })).toBe(colours);
  // The progress line is rewritten in place on a terminal whatever the colours.
  expect(consoleMode(true, consoleSettings({ NO_COLOR: '1' })).live).toBe(true);
  expect(consoleMode(false, consoleSettings({ FORCE_COLOR: '1' })).live).toBe(false);
});

/** Drives a whole run through the reporter: a progress record and other output, a pass, a failure, a skip. */
function reportedRun(isTTY: boolean, settings: ConsoleSettings) {
  const out = fakeStream();
  const err = fakeStream();
  const clock = drivenClock();
  const reporter = new ConsoleReporter({}, { out, err, clock, isTTY, settings });
  const tests = ['valid requests', 'negative requests', 'methods'].map(
    (title, i) =>
      ({
        id: `t${i}`,
        title,
        annotations: [] as TestCase['annotations'],
        titlePath: () => ['', 'suite.spec.ts', title],
      }) as unknown as TestCase,
  );
  const result = (status: TestResult['status'], message?: string) =>
    ({
      status,
      duration: 1_500,
      annotations: status === 'skipped' ? [{ type: 'skip', description: 'phase left out' }] : [],
      errors: message ? [{ message, stack: message }] : [],
    }) as unknown as TestResult;
  reporter.onBegin({ workers: 2, shard: null } as unknown as FullConfig, { allTests: () => tests } as unknown as Suite);
  reporter.onStdOut(`${progressRecordLine(record('valid requests', 25, 0, 1))}\nplanned case 1: {"identifiers":[]}\n`);
  clock.advance(5_000);
  // Ending in the reverse of the totals' order: the totals keep theirs (passed, failed, skipped).
  reporter.onTestEnd(tests[2]!, result('skipped'));
  // A failure message as Playwright's matchers write it, coloured.
  reporter.onTestEnd(tests[1]!, result('failed', `${ESCAPE}[31m1 error finding in 20 cases${ESCAPE}[39m`));
  reporter.onTestEnd(tests[0]!, result('passed'));
  reporter.onStdErr(`${ESCAPE}[33mwarning from a worker${ESCAPE}[39m\n`);
  reporter.onEnd({ status: 'failed', duration: 12_000 } as unknown as FullResult);
  return { out: out.text(), err: err.text() };
}

test('the reporter: a line per test, worker output as printed, progress records read and never shown, totals of what happened only', () => {
  const { out } = reportedRun(false, PLAIN);
  expect(out).not.toContain('@@conformance-progress');
  expect(out.split('\n')).toEqual([
    '',
    'Running 3 tests using 2 workers',
    '',
    'planned case 1: {"identifiers":[]}',
    '  … 0 of 3 tests done · 25 cases judged · findings so far: 0 error, 1 warning · 5 cases/s since the start',
    '  - suite.spec.ts › methods (skipped: phase left out)',
    '  ✘ suite.spec.ts › negative requests (1.5s)',
    '    1 error finding in 20 cases',
    '  ✓ suite.spec.ts › valid requests (1.5s)',
    '',
    '  1 passed, 1 failed, 1 skipped (12.0s)',
    '',
  ]);
});

test('NO_COLOR on a terminal: not one escape code, even in text that arrived coloured; without it, colours', () => {
  const noColor = reportedRun(true, consoleSettings({ NO_COLOR: '1' }));
  expect(noColor.out + noColor.err).not.toContain(ESCAPE);
  expect(noColor.out).toContain('\r  … 0 of 3 tests done'); // still one line rewritten in place
  expect(noColor.err).toBe('warning from a worker\n');
  const coloured = reportedRun(true, PLAIN);
  expect(coloured.out).toContain(`${ESCAPE}[32m✓${ESCAPE}[0m suite.spec.ts › valid requests`);
  expect(coloured.out).toContain(`${ESCAPE}[31m✘${ESCAPE}[0m suite.spec.ts › negative requests`);
});

test('off a terminal (a CI log, a pipe): no escape code and no carriage return', () => {
  const { out, err } = reportedRun(false, PLAIN);
  expect(out + err).not.toMatch(new RegExp(`[${String.fromCharCode(0x1b)}\r]`));
});

test("merging shard blobs: the replayed events draw no progress (their timing is not the run's)", () => {
  const out = fakeStream();
  const clock = drivenClock();
  const reporter = new ConsoleReporter({ live: false }, { out, err: fakeStream(), clock, isTTY: false, settings: PLAIN });
  reporter.onBegin({ workers: 1, shard: null } as unknown as FullConfig, { allTests: () => [] } as unknown as Suite);
  reporter.onStdOut(`${progressRecordLine(record('valid requests', 25))}\n`);
  clock.advance(60_000);
  reporter.onEnd({ status: 'passed', duration: 100 } as unknown as FullResult);
  expect(out.text()).toBe('\nRunning 0 tests using 1 worker\n\n\n  no test ran (100ms)\n');
});
