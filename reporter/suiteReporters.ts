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
    ['junit', { outputFile: join(reportDir, 'junit.xml') }],
    // conformance.json / .md / .html, and the exit status: an error finding fails the run.
    // Same extension as this file: `.ts` from sources, `.js` in the published (compiled) package.
    [join(import.meta.dirname, `conformanceReporter${extension}`), { live }],
  ];
}
