import { expect, test } from '@playwright/test';
import { parseExtraHeaders } from '../../config/extraHeaders.ts';
import { parseSuiteConfig } from '../../config/suiteConfig.ts';
import { buildRequest } from '../../transport/buildRequest.ts';
import { curlCommand } from '../../transport/curlCommand.ts';
import { REDACTED, redactRequest } from '../../transport/redact.ts';
import { VALID_CASE } from '../_support/fakeExchange.ts';
import { targetEnv } from '../_support/runConformance.ts';

const SECRET = 'gw-secret-0123456789';

test('--header lines: a literal value, or $VAR read from the environment (a secret); reserved and malformed names refused', () => {
  expect(parseExtraHeaders('X-Team: conformance\nX-Gateway-Key: $GW_KEY', { GW_KEY: SECRET })).toEqual([
    { name: 'x-team', value: 'conformance' },
    { name: 'x-gateway-key', value: SECRET, variable: 'GW_KEY' },
  ]);
  expect(() => parseExtraHeaders('X-Gateway-Key: $GW_KEY', {})).toThrow('x-gateway-key takes its value from $GW_KEY, which is not set');
  expect(() => parseExtraHeaders('Authorization: Bearer x', {})).toThrow('authorization is set by the suite itself');
  expect(() => parseExtraHeaders('not a header', {})).toThrow('expected "Name: value"');
});

test('extra headers go on every request; a secret one is redacted in what is shown, and read from its variable in curl lines', () => {
  const config = parseSuiteConfig({ ...targetEnv('http://127.0.0.1:9'), CONFORMANCE_HEADERS: 'X-Team: conformance\nX-Gateway-Key: $GW_KEY', GW_KEY: SECRET });
  const request = buildRequest(VALID_CASE, config.target, '/v2/session/apps/{appID}/users');
  expect(request.headers).toMatchObject({ 'x-team': 'conformance', 'x-gateway-key': SECRET });
  expect(redactRequest(request).headers).toMatchObject({ 'x-team': 'conformance', 'x-gateway-key': REDACTED });
  const curl = curlCommand(request, config.target.apiToken);
  expect(curl).toContain(`-H "x-gateway-key: $GW_KEY"`);
  expect(curl).toContain(`-H 'x-team: conformance'`);
  expect(curl).not.toContain(SECRET);
});
