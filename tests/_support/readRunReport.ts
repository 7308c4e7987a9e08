import { join } from 'node:path';
import type { ConformanceSummary } from '../../vocabulary/ConformanceSummary.ts';
import { readConformanceSummary } from '../../vocabulary/readConformanceSummary.ts';

/** The conformance.json a run wrote to its report directory, read (and validated) as the suite's commands read one. */
export function readRunReport(reportDir: string): ConformanceSummary {
  return readConformanceSummary(join(reportDir, 'conformance.json'), 'test');
}
