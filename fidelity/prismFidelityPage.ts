import { join, resolve } from 'node:path';
import type { ConformanceSummary } from '../vocabulary/ConformanceSummary.ts';
import { deviationsAtAGlance } from './deviationsAtAGlance.ts';

/** Which Prism, for the page's title: the version package.json pins (Node 20 runs 5.14.2). */
export const PRISM_NAME = 'Prism 5.14.2 (mock)';

/** The fidelity page: Prism's deviations at a glance, then the run's own Markdown report. */
export function prismFidelityPage(summary: ConformanceSummary, conformanceMarkdown: string): string {
  return `${deviationsAtAGlance(summary, PRISM_NAME)}\n${conformanceMarkdown}`;
}

/**
 * Where the page is written. Always under the run's report directory; the tracked docs page
 * (`docs/prism-fidelity.md`) only when asked (`npm run docs:prism`), so an ordinary run never leaves
 * a modified tracked file behind.
 */
export function prismFidelityPagePaths(prismReportDir: string, packageRoot: string, writeDocs: boolean): string[] {
  return [join(prismReportDir, 'prism-fidelity.md'), ...(writeDocs ? [resolve(packageRoot, 'docs/prism-fidelity.md')] : [])];
}
