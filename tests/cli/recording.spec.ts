import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Har } from 'har-format';
import type { RecordedExchangeEvent } from '../../runner/recording/RecordedEvent.ts';
import { findSecretLeaks } from '../_support/findSecretLeaks.ts';
import { startFaultyServer } from '../_support/faultyServer.ts';
import { readConformanceSummary } from '../_support/readConformanceSummary.ts';
import { runConformance, targetEnv } from '../_support/runConformance.ts';

const CANARY = 'record-canary-token-9a8b7c6d';
// har-validator ships no types: its promise API resolves for a valid HAR 1.2 document and rejects with the errors otherwise.
const validateHar = (createRequire(import.meta.url)('har-validator') as { har: (har: unknown) => Promise<unknown> }).har;

test('--record har,ndjson writes every exchange: a valid HAR 1.2 and one NDJSON event per exchange, redacted, the token nowhere', async () => {
  // The server echoes the Authorization header in its bodies: the recording must not carry it either.
  const server = await startFaultyServer(
    async (request, correct) => {
      const answer = await correct();
      return { ...answer, body: answer.body.replace(/}$/, `,"echo":${JSON.stringify(String(request.headers.authorization))}}`) };
    },
    { token: CANARY },
  );
  try {
    const run = await runConformance({ ...targetEnv(server.url, CANARY), CONFORMANCE_RECORD: 'har,ndjson', CONFORMANCE_RUNS: '5' });
    expect(run.output).toContain('every exchange, redacted: ');
    const events = readFileSync(join(run.reportDir, 'exchanges.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as RecordedExchangeEvent);
    const har = JSON.parse(readFileSync(join(run.reportDir, 'exchanges.har'), 'utf8')) as Har;
    await expect(validateHar(har)).resolves.toBeTruthy();
    // Every case sent is an exchange (scenarios, bursts and shrinking send more than one per case).
    expect(events.length).toBeGreaterThanOrEqual(readConformanceSummary(run.reportDir).totals.cases);
    expect(har.log.entries).toHaveLength(events.length);
    expect(new Set(events.map((e) => e.property)).size).toBe(17);
    expect(events.find((e) => e.request.headers['authorization']?.startsWith('Bearer '))?.request.headers['authorization']).toBe('Bearer <redacted>');
    expect(findSecretLeaks(run.reportDir, CANARY)).toEqual([]);
  } finally {
    await server.close();
  }
});
