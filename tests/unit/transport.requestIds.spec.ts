import { expect, test } from '@playwright/test';
import { isDeepStrictEqual } from 'node:util';
import { ConfigError } from '../../config/ConfigError.ts';
import { parseRequestIdHeader } from '../../config/requestIdHeader.ts';
import { parseSuiteConfig } from '../../config/suiteConfig.ts';
import { invalidValue } from '../../config/variableProblems.ts';
import { curlCommand } from '../../transport/curlCommand.ts';
import { newTraceId } from '../../transport/newTraceId.ts';
import { requestIdHeaders } from '../../transport/requestIdHeaders.ts';
import { stampRequestIds } from '../../transport/stampRequestIds.ts';
import type { WireRequest } from '../../vocabulary/Exchange.ts';
import { targetEnv } from '../_support/runConformance.ts';

// How a finding is found in the target's logs (docs/reports.md#finding-a-finding-in-the-servers-logs).
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-01$/;
const REQUEST: WireRequest = {
  method: 'POST',
  url: 'http://127.0.0.1:1/v2/session/apps/a/users',
  headers: { 'content-type': 'application/json', authorization: 'Bearer secret-token-1' },
  body: '{}',
};

test('every request gets a UUIDv4 request id and a W3C traceparent: ids lowercase hex, never all zeros, unique per request, the trace shared', () => {
  const trace = newTraceId();
  const stamped = Array.from({ length: 500 }, () => stampRequestIds(REQUEST, 'X-Request-ID', trace));
  // What went wrong, collected: one expect at the end (Playwright's expect costs more than the checks).
  const wrong: string[] = [];
  for (const request of stamped) {
    const requestId = request.headers['x-request-id']!;
    const [, traceId, spanId] = TRACEPARENT.exec(request.headers['traceparent']!) ?? [];
    if (!UUID_V4.test(requestId)) wrong.push(`request id not a UUIDv4: ${requestId}`);
    if (traceId !== trace || /^0+$/.test(trace)) wrong.push(`trace id not the run's: ${request.headers['traceparent']}`);
    if (spanId === undefined || /^0+$/.test(spanId)) wrong.push(`span id missing or all zeros: ${request.headers['traceparent']}`);
    // What the reports show is what went on the wire.
    const shown = { requestIdHeader: 'X-Request-ID', requestId, traceparent: request.headers['traceparent'], traceId: trace };
    if (!isDeepStrictEqual(request.trace, shown)) wrong.push(`reported ${JSON.stringify(request.trace)}, sent ${JSON.stringify(shown)}`);
    // The request as built is untouched: the token and the body go as before.
    const { 'x-request-id': _id, traceparent: _parent, ...untouched } = request.headers;
    if (!isDeepStrictEqual(untouched, REQUEST.headers) || request.body !== REQUEST.body) wrong.push(`changed: ${JSON.stringify(request)}`);
  }
  expect(wrong).toEqual([]);
  expect(new Set(stamped.map((r) => r.headers['x-request-id'])).size).toBe(stamped.length);
  expect(new Set(stamped.map((r) => r.headers['traceparent'])).size).toBe(stamped.length);
  expect(newTraceId()).toMatch(/^[0-9a-f]{32}$/);
  expect(newTraceId()).not.toBe(trace);
});

test("a header set by hand wins and stays the user's; none sends no id; curl lines leave out only the suite's ids", () => {
  const mine = stampRequestIds({ ...REQUEST, headers: { ...REQUEST.headers, 'x-request-id': 'run-42' } }, 'X-Request-ID', newTraceId());
  expect(mine.headers['x-request-id']).toBe('run-42');
  expect(mine.trace?.requestId).toBeUndefined();
  expect(mine.trace?.traceparent).toMatch(TRACEPARENT);
  expect(curlCommand(mine, 'secret-token-1')).toContain("-H 'x-request-id: run-42'");
  expect(curlCommand(mine, 'secret-token-1')).not.toContain('traceparent');

  const custom = stampRequestIds(REQUEST, 'X-Correlation-Id', newTraceId());
  expect(Object.keys(requestIdHeaders(custom)).sort()).toEqual(['traceparent', 'x-correlation-id']);
  expect(curlCommand(custom, 'secret-token-1')).toBe(curlCommand(REQUEST, 'secret-token-1'));

  expect(stampRequestIds(REQUEST, undefined, newTraceId())).toBe(REQUEST);
});

test('the setting: X-Request-ID by default (unset or empty), none turns both ids off, a name must be an HTTP token the suite does not send for itself', () => {
  const env = targetEnv('http://127.0.0.1:1');
  expect(parseSuiteConfig(env).requestIdHeader).toBe('X-Request-ID');
  expect(parseSuiteConfig({ ...env, CONFORMANCE_REQUEST_ID_HEADER: '' }).requestIdHeader).toBe('X-Request-ID');
  expect(parseSuiteConfig({ ...env, CONFORMANCE_REQUEST_ID_HEADER: 'none' }).requestIdHeader).toBeUndefined();
  // A replay sends the ids (or not) as the run did.
  expect(parseSuiteConfig({ ...env, CONFORMANCE_REQUEST_ID_HEADER: 'none' }).replayEnv['CONFORMANCE_REQUEST_ID_HEADER']).toBe('none');
  expect(parseRequestIdHeader('NONE')).toBeUndefined();
  expect(parseRequestIdHeader(' X-Correlation-Id ')).toBe('X-Correlation-Id');
  for (const bad of ['X Request', 'x-id:', 'é', 'traceparent', 'Authorization', 'content-type']) {
    expect(() => parseSuiteConfig({ ...env, CONFORMANCE_REQUEST_ID_HEADER: bad }), bad).toThrow(ConfigError);
  }
  expect(invalidValue('CONFORMANCE_REQUEST_ID_HEADER', 'X Request', { kind: 'flag', flag: 'request-id-header' })).toBe(
    '--request-id-header "X Request" is not a header name (an HTTP token).',
  );
});
