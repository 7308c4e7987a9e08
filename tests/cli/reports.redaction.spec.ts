import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Har } from 'har-format';
import type { RecordedExchangeEvent } from '../../runner/recording/RecordedEvent.ts';
import { REDACTED } from '../../transport/redact.ts';
import { startFaultyServer } from '../_support/faultyServer.ts';
import { filesUnder, findSecretLeaks } from '../_support/findSecretLeaks.ts';
import { readRunReport } from '../_support/readRunReport.ts';
import { runConformance, targetEnv } from '../_support/runConformance.ts';
import { FAULT_CATALOGUE } from '../faults/faultCatalogue.ts';

const CANARY = 'canary-7f3a9c1e5b2d4806';
const GATEWAY_KEY = 'gateway-canary-5f0e1d2c3b4a';
// har-validator ships no types: its promise API resolves for a valid HAR 1.2 document and rejects with the errors otherwise.
const validateHar = (createRequire(import.meta.url)('har-validator') as { har: (har: unknown) => Promise<unknown> }).har;

test('neither the token nor a header from a variable appears in any file the suite writes (recordings included) or on the console, even when the target echoes them; --header reaches the server; a wrong body fails with the check, the counterexample and its replay', async () => {
  // The target echoes the token and the gateway key back in headers and in the failing bodies (a numeric id for email creates).
  const numericIdForEmailCreates = FAULT_CATALOGUE.numericIdForEmailCreates.fault();
  const gatewayKeys: unknown[] = [];
  const server = await startFaultyServer(
    async (request, correct) => {
      gatewayKeys.push(request.headers['x-gateway-key']);
      const answer = await numericIdForEmailCreates(request, correct);
      if (answer === 'drop') return answer;
      const echoed = String(request.headers['authorization'] ?? '');
      const key = String(request.headers['x-gateway-key']);
      return {
        ...answer,
        headers: { ...answer.headers, 'x-echo-authorization': echoed, 'x-echo': key, 'set-cookie': `session=${CANARY}` },
        body: answer.body.includes('12345') ? JSON.stringify({ id: 12345, echo: echoed, key }) : answer.body,
      };
    },
    { token: CANARY },
  );
  try {
    // Every shape a finding is printed in: one case, a scenario's steps, a burst, a model run's command sequence (the
    // credentials cases never carry the token); each property that fails costs a fresh Playwright worker, so not the whole suite.
    const env = { ...targetEnv(server.url, CANARY), CONFORMANCE_HEADERS: 'X-Gateway-Key: $GW_KEY', GW_KEY: GATEWAY_KEY, CONFORMANCE_RECORD: 'har,ndjson' };
    const run = await runConformance(env, [
      '--trace=on',
      '-g',
      'valid requests with fresh identities|reusing a created user|identical creates sent at once|model-based run',
    ]);
    expect(run.exitCode, run.output).toBe(1);

    // The wrong body, as the console shows it, with the variables' names in its curl line.
    expect(run.output).toContain('response_schema (error)');
    expect(run.output).toContain('/id must be string');
    expect(run.output).toContain('response: 201 {"id":12345,');
    expect(run.output).toMatch(/replay: +.*CONFORMANCE_SEED=-?\d+ CONFORMANCE_REPLAY_PATH=[\d:]+ npx playwright test/);
    expect(run.output).toContain('-H "authorization: Bearer $API_TOKEN"');
    expect(run.output).toContain('-H "x-gateway-key: $GW_KEY"');
    // The header on every request, the preflight's included.
    expect(gatewayKeys.length).toBeGreaterThan(10);
    expect(gatewayKeys.every((value) => value === GATEWAY_KEY)).toBe(true);

    // Every kind of output was written, so every kind was searched: zips and base64 payloads (the HTML report's embedded data) included.
    const files = filesUnder(run.reportDir);
    for (const expected of [
      /conformance\.json$/,
      /conformance\.md$/,
      /conformance\.html$/,
      /html\/index\.html$/,
      /junit\.xml$/,
      /trace\.zip$/,
      /error-context\.md$/,
      /exchanges\.har$/,
      /exchanges\.ndjson$/,
    ]) {
      expect(
        files.some((f) => expected.test(f)),
        `${expected} written`,
      ).toBe(true);
    }
    for (const secret of [CANARY, GATEWAY_KEY]) {
      expect(findSecretLeaks(run.reportDir, secret)).toEqual([]);
      expect(run.output).not.toContain(secret);
    }
    const summary = readRunReport(run.reportDir);
    const finding = summary.findings.find((f) => f.check === 'response_schema')!;
    expect(finding.counterexample.request.headers['authorization']).toBe(`Bearer ${REDACTED}`);
    expect(finding.counterexample.response!.headers).toMatchObject({ 'x-echo-authorization': `Bearer ${REDACTED}`, 'set-cookie': REDACTED });
    expect(finding.counterexample.response!.body).toContain(REDACTED);
    expect(readFileSync(join(run.reportDir, 'conformance.md'), 'utf8')).toContain('"authorization: Bearer $API_TOKEN"');

    // --record har,ndjson: every exchange, a valid HAR 1.2 and one NDJSON event per exchange, redacted.
    expect(run.output).toContain('every exchange, redacted: ');
    const events = readFileSync(join(run.reportDir, 'exchanges.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as RecordedExchangeEvent);
    const har = JSON.parse(readFileSync(join(run.reportDir, 'exchanges.har'), 'utf8')) as Har;
    await expect(validateHar(har)).resolves.toBeTruthy();
    // Every case sent is an exchange (scenarios, bursts and shrinking send more than one per case), of every property.
    expect(events.length).toBeGreaterThanOrEqual(summary.totals.cases);
    expect(har.log.entries).toHaveLength(events.length);
    expect(new Set(events.map((e) => e.property)).size).toBe(summary.totals.properties);
    expect(events.find((e) => e.request.headers['authorization']?.startsWith('Bearer '))?.request.headers['authorization']).toBe(`Bearer ${REDACTED}`);
  } finally {
    await server.close();
  }
});
