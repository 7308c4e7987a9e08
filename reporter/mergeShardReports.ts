import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { loadReportConfig } from '../config/reportConfig.ts';
import type { ConformanceSummary } from '../vocabulary/ConformanceSummary.ts';
import { EXIT_CODES } from '../vocabulary/exitCodes.ts';
import { ConformanceReportError, readConformanceSummary } from '../vocabulary/readConformanceSummary.ts';
import { verdictExitCode } from './verdictExitCode.ts';

// `npm run report:merge -- <blob dir>`: merges the blobs of `--shard=i/n --reporter=blob` runs
// into the same reports an unsharded run writes, and exits as that run would have (0, 1, or 3 for
// shards that judged nothing), by the single run's own rule. Playwright's merge-reports itself
// exits 0 whatever the tests did (it ignores reporters' onEnd status, and the merge config tells
// the conformance reporter to set no code), so its status only says whether the merge worked.
const blobDir = process.argv[2] ?? 'blob-report';
const playwright = createRequire(import.meta.url).resolve('@playwright/test/cli');
const mergeConfig = join(import.meta.dirname, `merge.config${extname(import.meta.filename)}`);
const merge = spawnSync(process.execPath, [playwright, 'merge-reports', '--config', mergeConfig, blobDir], { stdio: 'inherit' });
if (merge.status !== 0) process.exit(merge.status ?? 1);

let summary: ConformanceSummary;
try {
  summary = readConformanceSummary(join(loadReportConfig().reportDir, 'conformance.json'), 'report:merge');
} catch (error) {
  if (!(error instanceof ConformanceReportError)) throw error;
  console.error(`report:merge: ${error.message}`);
  process.exit(EXIT_CODES.configuration);
}
process.exit(verdictExitCode(summary));
