import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../../config/ConfigError.ts';
import { loadProfile } from '../../config/profile.ts';
import { curlCommand } from '../../transport/curlCommand.ts';
import { redactRequest } from '../../transport/redact.ts';
import { scratchDir } from '../_support/scratchDir.ts';

// The pure half; what a run holds a reused id to is in tests/integration/semantics.profileAndCurl.spec.ts.
const profileFile = (content: unknown) => {
  const path = join(scratchDir('profile'), 'profile.json');
  writeFileSync(path, JSON.stringify(content));
  return path;
};

test('profile: the identity settings load, and a malformed duplicateIdCodes is refused with a clear message', () => {
  const profile = loadProfile(profileFile({ duplicateIdCodes: ['conflict', 'already_in_use'], emailsCaseInsensitive: false, emailCaseRuleRequired: true }));
  expect(profile).toMatchObject({ duplicateIdCodes: ['conflict', 'already_in_use'], emailsCaseInsensitive: false, emailCaseRuleRequired: true });
  expect(() => loadProfile(profileFile({ duplicateIdCodes: 'conflict' }))).toThrow(ConfigError);
  expect(() => loadProfile(profileFile({ duplicateIdCodes: [] }))).toThrow('"duplicateIdCodes" must NOT have fewer than 1 items');
});

test('curl lines of deliberately bad credentials are exact, and never print the token', () => {
  const token = 'secret-token-123';
  const request = (authorization: string) => ({ method: 'POST', url: 'http://x/u', headers: { authorization }, body: '{}' });
  expect(curlCommand(request(`Bearer ${token}`), token)).toContain('-H "authorization: Bearer $API_TOKEN"');
  expect(curlCommand(request(`Token ${token}`), token)).toContain('-H "authorization: Token $API_TOKEN"');
  expect(curlCommand(request('Bearer wrong-abc'), token)).toContain("-H 'authorization: Bearer wrong-abc'");
  expect(curlCommand(request('Bearer '), token)).toContain("-H 'authorization: Bearer '");
  for (const value of [`Bearer ${token}`, `Token ${token}`, `Basic ${token}`]) expect(curlCommand(request(value), token)).not.toContain(token);
  expect(redactRequest(request('Bearer ')).headers['authorization']).toBe('Bearer ');
  expect(redactRequest(request(`Token ${token}`)).headers['authorization']).toBe('Token <redacted>');
  expect(redactRequest(request('secret-without-scheme')).headers['authorization']).toBe('<redacted>');
});

test('a body of raw bytes gets a curl line that sends those bytes: no U+FFFD, the bytes piped in through printf', () => {
  const invalidUtf8 = Uint8Array.from([
    ...new TextEncoder().encode('{"identifiers":[{"type":"email_address","value":"'),
    0xff,
    ...new TextEncoder().encode('a\'b\\c@x.io"}]}'),
  ]);
  const curl = curlCommand({ method: 'POST', url: 'http://x/u', headers: { 'content-type': 'application/json' }, body: invalidUtf8 });
  expect(curl).not.toContain('\uFFFD');
  expect(curl).toBe(
    `printf '%b' '{"identifiers":[{"type":"email_address","value":"\\0377a\\0047b\\0134c@x.io"}]}' | curl -sS -i -X POST 'http://x/u' -H 'content-type: application/json' --data-binary @-`,
  );
  // NUL and line breaks cannot be quoted on one line (a shell argument cannot hold a NUL at all).
  expect(curlCommand({ method: 'POST', url: 'http://x/u', headers: {}, body: '\r\n\t ' })).toMatch(
    /^printf '%b' '\\0015\\0012\\0011 ' \| curl .* --data-binary @-$/,
  );
  expect(curlCommand({ method: 'POST', url: 'http://x/u', headers: {}, body: Uint8Array.from([0x7b, 0x00, 0x7d]) })).toMatch(/^printf '%b' '\{\\0000\}' \|/);
  // Text that quotes as itself keeps the plain form, bytes or string alike.
  const plain = `--data-binary '{"name":"Zoë'\\''s"}'`;
  expect(curlCommand({ method: 'POST', url: 'http://x/u', headers: {}, body: `{"name":"Zoë's"}` })).toContain(plain);
  expect(curlCommand({ method: 'POST', url: 'http://x/u', headers: {}, body: new TextEncoder().encode(`{"name":"Zoë's"}`) })).toContain(plain);
});
