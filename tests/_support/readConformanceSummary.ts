import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConformanceSummary } from '../../vocabulary/ConformanceSummary.ts';

/** The conformance.json a run wrote to its report directory. */
export function readConformanceSummary(reportDir: string): ConformanceSummary {
  return JSON.parse(readFileSync(join(reportDir, 'conformance.json'), 'utf8')) as ConformanceSummary;
}
