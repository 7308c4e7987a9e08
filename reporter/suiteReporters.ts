import type { ReporterDescription } from '@playwright/test';
import { extname, join } from 'node:path';

/**
 * The reporters of a conformance run, shared by playwright.config.ts and the merge config, so a
 * merged sharded run writes exactly what an unsharded one writes. Paths are absolute: the
 * reporter must be found whichever config file (and directory) lists it.
 */
export function suiteReporters(reportDir: string): ReporterDescription[] {
  return [
    ['list'],
    ['html', { open: 'never', outputFolder: join(reportDir, 'html') }],
    ['junit', { outputFile: join(reportDir, 'junit.xml') }],
    // conformance.json / .md / .html, and the exit status: an error finding fails the run.
    // Same extension as this file: `.ts` from sources, `.js` in the published (compiled) package.
    [join(import.meta.dirname, `conformanceReporter${extname(import.meta.filename)}`)],
  ];
}
