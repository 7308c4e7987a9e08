import { defineConfig } from '@playwright/test';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../config/packageRoot.ts';
import { loadReportConfig } from '../config/reportConfig.ts';
import { suiteReporters } from './suiteReporters.ts';

// `npx playwright merge-reports --config reporter/merge.config.ts <blob dir>` (or
// `npm run report:merge -- <blob dir>`): rebuilds every report of a sharded run from its blobs.
export default defineConfig({
  // Blobs name test files relative to the suite's testDir: the same root resolves them back.
  testDir: join(PACKAGE_ROOT, 'tests/conformance'),
  reporter: suiteReporters(loadReportConfig().reportDir, { live: false }),
});
