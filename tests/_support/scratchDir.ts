import { test } from '@playwright/test';
import { mkdirSync, mkdtempSync } from 'node:fs';

/**
 * A fresh directory inside the current test's (or hook's) own output folder: Playwright empties
 * that folder at the start of every run, so nothing a test writes piles up in /tmp. Not for a
 * project whose module resolution must not see this repository's node_modules (the packed package).
 */
export function scratchDir(prefix: string): string {
  const info = test.info();
  mkdirSync(info.outputDir, { recursive: true });
  return mkdtempSync(info.outputPath(`${prefix}-`));
}
