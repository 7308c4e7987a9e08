import { defineConfig } from '@playwright/test';

// Tier 2 of the project's own tests (`npm run test:integration`), run by `npm test` after tests/unit.
// TIER RULE: a file belongs in tests/integration when its tests start servers IN THIS PROCESS (the
// emulator, a faulty server, a plain `node:http` server) and run the suite's code against them
// in-process (runProperty, runSuiteAgainst, preflight, the transport), but spawn NO child process
// of the suite's own. One exception, a process that is no run of the suite: the Chromium that opens
// the HTML report (tests/_support/reportBrowser.ts: one per worker, launched in a fraction of a second).
// Pure tests go to tests/unit; tests of the real command (a child process) go to tests/cli.
// tests/issues (regressions named after their issue) runs here too: they may start servers.
// Whole sweeps (every fault on many servers, hundreds of legitimate servers) are `npm run selftest`;
// this tier keeps a fixed sample of them at pinned seeds.
export default defineConfig({
  testDir: '.',
  testMatch: ['integration/**/*.spec.ts', 'issues/**/*.spec.ts'],
  outputDir: '../test-results/integration',
  fullyParallel: true,
  workers: 2,
  timeout: 120_000,
  reporter: [['list'], ['./_support/summaryReporter.ts']],
});
