import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { allChecks } from '../checks/allChecks.ts';
import { checkCatalogueMarkdown } from '../checks/checkCatalogueMarkdown.ts';
import { PACKAGE_ROOT } from '../config/suiteConfig.ts';
import { cliReference } from './_internals/helpTexts.ts';

// `npm run docs:generate`: regenerates the reference pages that code can write (tests keep them equal).
const pages: Record<string, () => string> = {
  'docs/cli.md': cliReference,
  'docs/checks.md': () => checkCatalogueMarkdown(allChecks),
};
for (const [page, render] of Object.entries(pages)) {
  writeFileSync(resolve(PACKAGE_ROOT, page), render());
  console.log(`written ${page}`);
}
