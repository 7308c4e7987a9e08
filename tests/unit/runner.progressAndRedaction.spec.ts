import { expect, test } from '@playwright/test';
import { startProgressTicker } from '../../runner/_internals/progressTicker.ts';
import { recordExchange } from '../../runner/_internals/recordExchange.ts';
import { REDACTED, scrubSecret } from '../../transport/redact.ts';

const snapshot = () => ({ phase: 'exploring', sent: 340, total: 1000, errorFindings: 2, warningFindings: 1 });

/** A clock the test drives: `tick()` fires every registered interval once; stopped ones never again. */
function manualClock() {
  const ticks = new Set<() => void>();
  return {
    every: (_ms: number, tick: () => void) => { ticks.add(tick); return () => ticks.delete(tick); },
    tick: () => ticks.forEach((t) => t()),
  };
}

test('a long property prints progress lines: cases done and findings so far, one per interval, none after it stops', () => {
  const lines: string[] = [];
  const clock = manualClock();
  const stop = startProgressTicker('valid-realistic', snapshot, { print: (l) => lines.push(l), every: clock.every });
  clock.tick();
  clock.tick();
  stop();
  clock.tick();
  expect(lines).toEqual(Array(2).fill('  … valid-realistic: exploring, 340/1000 cases done, findings so far: 2 error, 1 warning'));
});

test('a short property prints no progress at all: nothing before the first interval', () => {
  const lines: string[] = [];
  const clock = manualClock();
  const stop = startProgressTicker('valid-realistic', snapshot, { print: (l) => lines.push(l), every: clock.every });
  stop();
  clock.tick();
  expect(lines).toEqual([]);
});

test('recorded exchanges redact credential-named headers in both directions', () => {
  const recorded = recordExchange({
    request: { method: 'POST', url: 'http://x/users', headers: { authorization: 'Bearer s3cr3t-token', 'x-api-key': 'k', 'content-type': 'application/json' }, body: '{}' },
    response: { status: 201, headers: { 'set-cookie': 'session=abc', 'www-authenticate': 'Bearer realm="x"', 'x-auth-token': 't', 'content-type': 'application/json' }, bodyText: '{}', json: {}, isJson: true, truncated: false },
    failure: undefined, elapsedMs: 1,
  });
  expect(recorded.request.headers).toEqual({ authorization: `Bearer ${REDACTED}`, 'x-api-key': REDACTED, 'content-type': 'application/json' });
  expect(recorded.response!.headers).toEqual({ 'set-cookie': REDACTED, 'www-authenticate': `Bearer ${REDACTED}`, 'x-auth-token': REDACTED, 'content-type': 'application/json' });
});

test('a token echoed anywhere in written text is scrubbed, raw or JSON-escaped; short secrets are left alone', () => {
  const token = 'tok"en\\with-quotes';
  expect(scrubSecret(`echo ${token} and ${JSON.stringify({ t: token })}`, token)).toBe(`echo ${REDACTED} and {"t":"${REDACTED}"}`);
  expect(scrubSecret('a b a', 'a')).toBe('a b a');
});
