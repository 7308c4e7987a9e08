import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONFIG_SCHEMA_FILE, configFileSchema } from '../config/configFileSchema.ts';
import { PACKAGE_ROOT } from '../config/packageRoot.ts';
import { fillGeneratedBlocks, GENERATED_PAGES } from './_internals/docPages.ts';

// `npm run docs:generate`: rewrites the generated blocks of the docs pages from the code they
// document (flags, variables, profile, checks, phases, spec:diff and report:diff rules); the
// hand-written text around them is kept. It also publishes the configuration file's JSON Schema.
// A test keeps the committed files equal to this output.
const pages: ReadonlyArray<readonly [string, (before: string) => string]> = [
  ...Object.keys(GENERATED_PAGES).map((page) => [page, (before: string) => fillGeneratedBlocks(page, before)] as const),
  [CONFIG_SCHEMA_FILE, () => `${JSON.stringify(configFileSchema(), null, 2)}\n`],
];
for (const [page, generate] of pages) {
  const file = resolve(PACKAGE_ROOT, page);
  const before = readFileSync(file, 'utf8');
  const after = generate(before);
  if (after === before) {
    console.log(`unchanged ${page}`);
  } else {
    writeFileSync(file, after);
    console.log(`written ${page}`);
  }
}
