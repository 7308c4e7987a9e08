import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PACKAGE_ROOT } from '../config/suiteConfig.ts';
import { cliReference } from './_internals/helpTexts.ts';

// `npm run docs:cli`: regenerates docs/cli.md from the commands' own --help.
const path = resolve(PACKAGE_ROOT, 'docs/cli.md');
writeFileSync(path, cliReference());
console.log(`written ${path}`);
