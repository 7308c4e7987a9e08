import { defineConfig } from '@playwright/test';

// Tier 1 of the project's own tests (`npm run test:unit`), run first by `npm test`.
// TIER RULE: a file belongs in tests/unit when every test in it is pure and in-process: it calls
// the code under test directly, may read fixture files, and starts NO server (no emulator, no
// faulty server, no `listen`), NO child process and sends NO request. The whole tier stays under
// 30 s. A test that needs a server goes to tests/integration; one that needs the real CLI, to
// tests/cli. A file that mixes them is split.
export default defineConfig({
  testDir: 'unit',
  outputDir: '../test-results/unit',
  fullyParallel: true,
  workers: 2,
  timeout: 30_000,
  reporter: [['list'], ['./_support/summaryReporter.ts']],
});
