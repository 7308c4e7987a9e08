import { defineConfig } from '@playwright/test';

// The project's own tests (`npm test`): unit tests of each subsystem, and black-box tests that run
// the real conformance command against the emulator and against deliberately faulty servers.
export default defineConfig({
  testDir: '.',
  testIgnore: ['conformance/**'],
  outputDir: '../test-results/unit',
  fullyParallel: true,
  workers: 2,
  timeout: 120_000,
  reporter: [['list'], ['./_support/summaryReporter.ts']],
});
