import { defineConfig } from '@playwright/test';
import suite from '../../../playwright.config.ts';

// The conformance suite's own configuration, with several properties so that `--shard=i/n`
// really splits the work: what the sharding test compares against an unsharded run.
export default defineConfig({
  ...suite,
  testDir: '.',
  testMatch: '*.fixture.ts',
});
