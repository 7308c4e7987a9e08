import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOSTILE, hostileServer } from '../_support/hostileTargets.ts';
import { runConformance, targetEnv } from '../_support/runConformance.ts';

// Through the real command, the behaviour that tests the process itself: a target that never
// answers must not hang the run. Every behaviour, the 50 MB body included (read bounded in the
// test's own process), is judged in process too (tests/integration/hostileTargets.spec.ts).
const THROUGH_THE_COMMAND = ['no answer (per-request timeout)'];

for (const hostile of HOSTILE.filter((h) => THROUGH_THE_COMMAND.includes(h.name))) {
  test(`hostile target: ${hostile.name}`, async () => {
    const server = await hostileServer(hostile.behave);
    try {
      // One property is enough: these are transport behaviours, the same for every request.
      const run = await runConformance({ ...targetEnv(server.url), CONFORMANCE_RUNS: '6', CONFORMANCE_TIMEOUT_MS: hostile.timeoutMs ?? '700' }, [
        '-g',
        'valid requests with fresh identities',
      ]);
      expect(run.exitCode, run.output).toBe(hostile.exitCode ?? 1);
      // Warnings are listed in the reports, errors on the console too.
      const seen = `${run.output}\n${readFileSync(join(run.reportDir, 'conformance.md'), 'utf8')}`;
      for (const pattern of hostile.expect) expect(seen).toMatch(pattern);
      expect(run.output).not.toMatch(/TypeError|RangeError|heap out of memory|Unhandled/);
    } finally {
      server.close();
    }
  });
}
