import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REDACTED } from '../../transport/redact.ts';
import { startFaultyServer } from '../_support/faultyServer.ts';
import { filesUnder, findSecretLeaks } from '../_support/findSecretLeaks.ts';
import { readConformanceSummary } from '../_support/readConformanceSummary.ts';
import { runConformance, targetEnv } from '../_support/runConformance.ts';
import { FAULT_CATALOGUE } from '../faults/faultCatalogue.ts';

const CANARY = 'canary-7f3a9c1e5b2d4806';

test('the token never appears in any file the suite writes, nor on the console, even when the target echoes it', async () => {
  // The target echoes the token back in credential-named headers and in the failing bodies.
  const numericIdForEmailCreates = FAULT_CATALOGUE.numericIdForEmailCreates.fault();
  const server = await startFaultyServer(
    async (request, correct) => {
      const answer = await numericIdForEmailCreates(request, correct);
      if (answer === 'drop') return answer;
      const echoed = String(request.headers['authorization'] ?? '');
      return {
        ...answer,
        headers: { ...answer.headers, 'x-echo-authorization': echoed, 'set-cookie': `session=${CANARY}` },
        body: answer.body.includes('12345') ? JSON.stringify({ id: 12345, echo: echoed }) : answer.body,
      };
    },
    { token: CANARY },
  );
  try {
    // Every shape a finding is printed in: one case, a scenario's steps, a burst, a model run's command sequence (the
    // credentials cases never carry the token); each property that fails costs a fresh Playwright worker, so not the whole suite.
    const run = await runConformance(targetEnv(server.url, CANARY), [
      '--trace=on',
      '-g',
      'valid requests with fresh identities|reusing a created user|identical creates sent at once|model-based run',
    ]);
    expect(run.exitCode, run.output).toBe(1);
    const files = filesUnder(run.reportDir);
    // Every kind of output was written, so every kind was searched.
    for (const expected of [
      /conformance\.json$/,
      /conformance\.md$/,
      /conformance\.html$/,
      /html\/index\.html$/,
      /junit\.xml$/,
      /trace\.zip$/,
      /error-context\.md$/,
    ]) {
      expect(
        files.some((f) => expected.test(f)),
        `${expected} written`,
      ).toBe(true);
    }
    expect(findSecretLeaks(run.reportDir, CANARY)).toEqual([]);
    expect(run.output).not.toContain(CANARY);

    const finding = readConformanceSummary(run.reportDir).findings.find((f) => f.check === 'response_schema')!;
    expect(finding.counterexample.request.headers['authorization']).toBe(`Bearer ${REDACTED}`);
    expect(finding.counterexample.response!.headers).toMatchObject({ 'x-echo-authorization': `Bearer ${REDACTED}`, 'set-cookie': REDACTED });
    expect(finding.counterexample.response!.body).toContain(REDACTED);
    expect(readFileSync(join(run.reportDir, 'conformance.md'), 'utf8')).toContain('"authorization: Bearer $API_TOKEN"');
  } finally {
    await server.close();
  }
});
