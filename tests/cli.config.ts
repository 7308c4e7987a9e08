import { defineConfig } from '@playwright/test';

// Tier 3 of the project's own tests (`npm run test:cli`), run by `npm test` after tests/integration.
// TIER RULE: a file belongs in tests/cli when its tests run the real command as a user would, in a
// child process (`npx playwright test` through runConformance, the CLI's bin, npm scripts, the packed
// package), on small fixed seeds and budgets. Each spawn costs seconds: one black-box test per
// command or behaviour that truly needs the real process, asserting several things on one run's
// output and reports; everything else is tested in-process (tests/integration, tests/unit).
export default defineConfig({
  testDir: 'cli',
  outputDir: '../test-results/cli',
  fullyParallel: true,
  workers: 2,
  timeout: 240_000,
  reporter: [['list'], ['./_support/summaryReporter.ts']],
});
