import { defineConfig, type PlaywrightTestConfig, type Project } from '@playwright/test';
import cli from './cli.config.ts';
import integration from './integration.config.ts';
import unit from './unit.config.ts';

/** A tier's own config as a project of this one: what it runs, where, and its test timeout. */
const tier = (name: string, config: PlaywrightTestConfig): Project => ({
  name,
  testDir: config.testDir,
  ...(config.testMatch ? { testMatch: config.testMatch } : {}),
  outputDir: config.outputDir,
  timeout: config.timeout,
});

// The three tiers of the project's own tests in one run (`npm test`), each still runnable alone
// (`npm run test:unit`, …) under its own config, where its tier rule is written. One run, not three:
// each run loads the suite's modules again in its runner and its workers, and waits for its
// slowest test while a worker idles. The black-box tier comes first: its tests each spawn whole
// runs for seconds, and the in-process tests fill the second worker around them.
export default defineConfig({
  fullyParallel: true,
  workers: 2,
  reporter: [['list'], ['./_support/summaryReporter.ts']],
  projects: [tier('cli', cli), tier('integration', integration), tier('unit', unit)],
});
