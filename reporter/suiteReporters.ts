import type { ReporterDescription } from '@playwright/test';
import { extname, join } from 'node:path';

/**
 * The reporters of a conformance run, shared by playwright.config.ts and the merge config, so a
 * merged sharded run writes exactly what an unsharded one writes. Paths are absolute: the
 * reporter must be found whichever config file (and directory) lists it. `live`: false when
 * merging shard blobs, whose events are replayed rather than happening: no progress line then.
 */
export function suiteReporters(reportDir: string, { live = true }: { readonly live?: boolean } = {}): ReporterDescription[] {
  const extension = extname(import.meta.filename);
  return [
    // The console: a line per test, one progress line for the run (see consoleReporter).
    [join(import.meta.dirname, `consoleReporter${extension}`), { live }],
    ['html', { open: 'never', outputFolder: join(reportDir, 'html') }],
    // conformance.json / .md / .html, junit.xml, and the exit status: an error finding fails the run.
    // Playwright's own JUnit is left out: one test case per property, its findings one blob of text,
    // and a second file that a CI's `reports/*.xml` glob would count twice.
    // Same extension as this file: `.ts` from sources, `.js` in the published (compiled) package.
    [join(import.meta.dirname, `conformanceReporter${extension}`), { live }],
  ];
}
