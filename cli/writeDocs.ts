import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PACKAGE_ROOT } from '../config/suiteConfig.ts';
import { fillGeneratedBlocks, GENERATED_PAGES } from './_internals/docPages.ts';

// `npm run docs:generate`: rewrites the generated blocks of the docs pages from the code they
// document (flags, variables, profile, checks, phases, spec:diff and report:diff rules); the
// hand-written text around them is kept. A test keeps the committed pages equal to this output.
for (const page of Object.keys(GENERATED_PAGES)) {
  const file = resolve(PACKAGE_ROOT, page);
  const before = readFileSync(file, 'utf8');
  const after = fillGeneratedBlocks(page, before);
  if (after === before) {
    console.log(`unchanged ${page}`);
  } else {
    writeFileSync(file, after);
    console.log(`written ${page}`);
  }
}
