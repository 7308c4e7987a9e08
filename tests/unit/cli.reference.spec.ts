import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { allChecks } from '../../checks/allChecks.ts';
import { checkCatalogueMarkdown } from '../../checks/checkCatalogueMarkdown.ts';
import { cliReference } from '../../cli/_internals/helpTexts.ts';
import { PACKAGE_ROOT } from '../../config/suiteConfig.ts';

test('docs/cli.md is exactly what the commands print for --help (regenerate: npm run docs:generate)', () => {
  expect(readFileSync(resolve(PACKAGE_ROOT, 'docs/cli.md'), 'utf8')).toBe(cliReference());
});

test('docs/checks.md is the check catalogue as the checks declare themselves (regenerate: npm run docs:generate)', () => {
  expect(readFileSync(resolve(PACKAGE_ROOT, 'docs/checks.md'), 'utf8')).toBe(checkCatalogueMarkdown(allChecks));
  for (const check of allChecks) expect(readFileSync(resolve(PACKAGE_ROOT, 'README.md'), 'utf8')).toContain(`\`${check.id}\``);
});
