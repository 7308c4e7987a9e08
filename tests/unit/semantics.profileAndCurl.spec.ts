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
