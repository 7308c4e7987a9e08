import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cliReference } from '../../cli/_internals/helpTexts.ts';
import { PACKAGE_ROOT } from '../../config/suiteConfig.ts';

test('docs/cli.md is exactly what the commands print for --help (regenerate: npm run docs:cli)', () => {
  expect(readFileSync(resolve(PACKAGE_ROOT, 'docs/cli.md'), 'utf8')).toBe(cliReference());
});
