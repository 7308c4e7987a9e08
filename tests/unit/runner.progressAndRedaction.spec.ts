import { expect, test } from '@playwright/test';
import { startProgressTicker } from '../../runner/_internals/progressTicker.ts';
import { progressRecordLine, readProgressRecord, type ProgressRecord } from '../../runner/progressRecord.ts';
import { recordExchange } from '../../runner/_internals/recordExchange.ts';
import { REDACTED, scrubSecret } from '../../transport/redact.ts';

const snapshot = (): ProgressRecord => ({
  property: 'valid-realistic',
  activity: 'exploring',
  valuesDone: 340,
  total: 1000,
  cases: 340,
  errorFindings: 2,
  warningFindings: 1,
  noteFindings: 0,
});

/** A clock the test drives: `tick()` fires every registered interval once; stopped ones never again. */
function manualClock() {
  const ticks = new Set<() => void>();
  return {
    every: (_ms: number, tick: () => void) => {
      ticks.add(tick);
      return () => ticks.delete(tick);
    },
    tick: () => ticks.forEach((t) => t()),
  };
}

test('a running property reports its progress to the console reporter: a record per interval, one more when it stops, none after', () => {
  const lines: string[] = [];
  const clock = manualClock();
  const stop = startProgressTicker(snapshot, { print: (l) => lines.push(l), every: clock.every });
  clock.tick();
  clock.tick();
  stop();
  clock.tick();
  expect(lines).toHaveLength(3);
  expect(lines.map(readProgressRecord)).toEqual(Array(3).fill(snapshot()));
});

test("a short property still reports once, when it stops, so the run's totals include it", () => {
  const lines: string[] = [];
  const clock = manualClock();
  const stop = startProgressTicker(snapshot, { print: (l) => lines.push(l), every: clock.every });
  stop();
  clock.tick();
  expect(lines.map(readProgressRecord)).toEqual([snapshot()]);
});

test('only a marked line is a progress record: other output stays output', () => {
  expect(readProgressRecord('  … valid-realistic: exploring')).toBeUndefined();
  expect(readProgressRecord(`${progressRecordLine(snapshot()).slice(0, -1)}`)).toBeUndefined();
});

test('recorded exchanges redact credential-named headers in both directions', () => {
  const recorded = recordExchange({
    request: {
      method: 'POST',
      url: 'http://x/users',
      headers: { authorization: 'Bearer s3cr3t-token', 'x-api-key': 'k', 'content-type': 'application/json' },
      body: '{}',
    },
    response: {
      status: 201,
      headers: { 'set-cookie': 'session=abc', 'www-authenticate': 'Bearer realm="x"', 'x-auth-token': 't', 'content-type': 'application/json' },
      bodyText: '{}',
      json: {},
      isJson: true,
      truncated: false,
    },
    failure: undefined,
    elapsedMs: 1,
  });
  expect(recorded.request.headers).toEqual({ authorization: `Bearer ${REDACTED}`, 'x-api-key': REDACTED, 'content-type': 'application/json' });
  expect(recorded.response!.headers).toEqual({
    'set-cookie': REDACTED,
    'www-authenticate': `Bearer ${REDACTED}`,
    'x-auth-token': REDACTED,
    'content-type': 'application/json',
  });
});

test('a token echoed anywhere in written text is scrubbed, raw or JSON-escaped; short secrets are left alone', () => {
  const token = 'tok"en\\with-quotes';
  expect(scrubSecret(`echo ${token} and ${JSON.stringify({ t: token })}`, token)).toBe(`echo ${REDACTED} and {"t":"${REDACTED}"}`);
  expect(scrubSecret('a b a', 'a')).toBe('a b a');
});
