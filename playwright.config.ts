import { defineConfig } from '@playwright/test';
import { join } from 'node:path';
import { wantsEmbeddedEmulator } from './config/suiteConfig.ts';
import { prepareRun } from './runner/prepareRun.ts';
import { suiteReporters } from './reporter/suiteReporters.ts';

// The conformance suite (`npm run conformance`). The project's own tests have their own config
// (tests/unit.config.ts, tests/integration.config.ts, tests/cli.config.ts); this one is what users run against a target.
const config = await prepareRun();

export default defineConfig({
  testDir: 'tests/conformance',
  outputDir: join(config.reportDir, 'test-results'),
  fullyParallel: true,
  // A rate limit is per process: one worker keeps CONFORMANCE_RPS exact.
  workers: config.rps > 0 ? 1 : 2,
  retries: 0,
  // Properties send hundreds of requests; each request has its own timeout (CONFORMANCE_TIMEOUT_MS).
  timeout: 15 * 60_000,
  // Playwright's HTML and JUnit, and the suite's conformance.json/.md/.html (the exit gate).
  reporter: suiteReporters(config.reportDir),
  webServer: wantsEmbeddedEmulator()
    ? {
        // TypeScript in this repository; compiled JavaScript in the published package (dist/).
        command: import.meta.filename.endsWith('.ts') ? 'node --import tsx emulator/main.ts --port 0' : 'node emulator/main.js --port 0',
        cwd: import.meta.dirname,
        // The emulator prints its URL; the named group becomes CONFORMANCE_EMULATOR_URL for the workers.
        wait: { stdout: /listening on (?<conformance_emulator_url>http:\/\/[^\s]+)/ },
        stdout: 'ignore',
        stderr: 'pipe',
        timeout: 30_000,
        gracefulShutdown: { signal: 'SIGTERM', timeout: 2_000 },
      }
    : undefined,
});
