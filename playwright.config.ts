import { defineConfig } from '@playwright/test';
import { join } from 'node:path';
import { isPlaywrightWorker, shareEmulatorUrl, wantsEmbeddedEmulator } from './config/sharedWithWorkers.ts';
import type { SuiteConfig } from './config/suiteConfig.ts';
import { prepareWorker } from './runner/prepareWorker.ts';
import { suiteReporters } from './reporter/suiteReporters.ts';

// The conformance suite (`npm run conformance`). The project's own tests have their own config
// (tests/unit.config.ts, tests/integration.config.ts, tests/cli.config.ts); this one is what users run against a target.
// The config file is evaluated again in every worker, which needs only the configuration the runner
// prepared: the runner's own modules (the preflight, the emulator) are loaded by the runner alone.
const config = isPlaywrightWorker() ? await prepareWorker() : await prepareRunner();

async function prepareRunner(): Promise<SuiteConfig> {
  const { prepareRun } = await import('./runner/prepareRun.ts');
  const prepared = await prepareRun();
  // With no target configured, the runner itself serves the reference emulator before it starts the
  // workers (they inherit its URL): no second process to start and wait for.
  if (!wantsEmbeddedEmulator()) return prepared;
  const { serveEmbeddedEmulator } = await import('./emulator/serveEmbeddedEmulator.ts');
  shareEmulatorUrl((await serveEmbeddedEmulator()).url);
  return prepared;
}

export default defineConfig({
  testDir: 'tests/conformance',
  outputDir: join(config.reportDir, 'test-results'),
  fullyParallel: true,
  // A rate limit is per process: one worker keeps CONFORMANCE_RPS exact.
  workers: config.rps > 0 ? 1 : 2,
  retries: 0,
  // Properties send hundreds of requests; each request has its own timeout (CONFORMANCE_TIMEOUT_MS).
  timeout: 15 * 60_000,
  // Playwright's HTML, and the suite's conformance.json/.md/.html and junit.xml (the exit gate).
  reporter: suiteReporters(config.reportDir),
});
