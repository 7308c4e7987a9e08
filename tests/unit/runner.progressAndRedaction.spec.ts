import { expect, test } from '@playwright/test';
import { startProgressTicker } from '../../runner/_internals/progressTicker.ts';
import { recordExchange } from '../../runner/_internals/recordExchange.ts';
import { REDACTED, scrubSecret } from '../../transport/redact.ts';

const snapshot = () => ({ phase: 'exploring', sent: 340, total: 1000, errorFindings: 2, warningFindings: 1 });

test('a long property prints progress lines: cases done and findings so far', async () => {
  const lines: string[] = [];
  const stop = startProgressTicker('valid-realistic', snapshot, { intervalMs: 10, print: (l) => lines.push(l) });
  await new Promise((resolve) => setTimeout(resolve, 60));
  stop();
  const printed = lines.length;
  await new Promise((resolve) => setTimeout(resolve, 30));
  expect(printed).toBeGreaterThanOrEqual(2);
  expect(lines.length).toBe(printed);
  expect(lines[0]).toBe('  … valid-realistic: exploring, 340/1000 cases done, findings so far: 2 error, 1 warning');
});

test('a short property prints no progress at all', async () => {
  const lines: string[] = [];
  const stop = startProgressTicker('valid-realistic', snapshot, { intervalMs: 50, print: (l) => lines.push(l) });
  await new Promise((resolve) => setTimeout(resolve, 10));
  stop();
  await new Promise((resolve) => setTimeout(resolve, 60));
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
