import { expect, test } from '@playwright/test';
import { bodyOf, json } from '../_support/faultAnswers.ts';
import { findSecretLeaks } from '../_support/findSecretLeaks.ts';
import { startFaultyServer } from '../_support/faultyServer.ts';
import { runConformance, targetEnv } from '../_support/runConformance.ts';

const CANARY = 'gateway-canary-5f0e1d2c3b4a';

test('--header reaches the server on every request; a value from a variable never appears in any output, even echoed back', async () => {
  const seen: Array<string | undefined> = [];
  // Echoes the gateway key in the body and a header of a 200 (so there are findings to print in full).
  const server = await startFaultyServer(async (request, correct) => {
    seen.push(request.headers['x-gateway-key'] as string | undefined);
    const answer = await correct();
    return answer.status === 201 ? json(200, { ...bodyOf(answer), echo: request.headers }, { 'x-echo': String(request.headers['x-gateway-key']) }) : answer;
  });
  try {
    const run = await runConformance({ ...targetEnv(server.url), CONFORMANCE_HEADERS: 'X-Team: conformance\nX-Gateway-Key: $GW_KEY', GW_KEY: CANARY }, [
      '-g',
      'valid requests with fresh identities',
    ]);
    expect(run.exitCode, run.output).toBe(1);
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.every((value) => value === CANARY)).toBe(true);
    expect(run.output).toContain('-H "x-gateway-key: $GW_KEY"');
    expect(run.output).not.toContain(CANARY);
    // Every file the run wrote, zips and base64 payloads (the HTML report's embedded data) included.
    expect(findSecretLeaks(run.reportDir, CANARY)).toEqual([]);
  } finally {
    await server.close();
  }
});
