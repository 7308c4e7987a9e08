import { DOC_TABLES } from './docTables.ts';

/**
 * The README and docs pages with generated blocks, and the blocks each must hold. Between
 * `<!-- generated:NAME -->` and `<!-- /generated -->` a page holds exactly what DOC_TABLES[NAME]
 * writes; everything else on the page is written by hand. `npm run docs:generate` rewrites the
 * blocks, and a test fails when a committed page differs from what it would write.
 */
export const GENERATED_PAGES: Readonly<Record<string, readonly string[]>> = {
  'README.md': ['target-variables'],
  'docs/cli.md': ['cli'],
  'docs/checks.md': ['checks', 'phases', 'mutations'],
  'docs/configuration.md': ['variables', 'profile'],
  'docs/spec-diff.md': ['spec-diff-rules'],
  'docs/report-diff.md': ['report-diff-rules'],
  'docs/architecture.md': ['layer-drawing', 'layers'],
};

const BLOCK = /<!-- generated:([a-z-]+) -->\n[\s\S]*?<!-- \/generated -->/g;

/**
 * `page` (the text of docs file `name`) with every generated block rewritten from the code. Throws
 * when the page lacks one of its blocks, holds one it should not, or leaves a block open.
 */
export function fillGeneratedBlocks(name: string, page: string): string {
  const expected = GENERATED_PAGES[name];
  if (expected === undefined) throw new Error(`${name} is not a page with generated blocks (see GENERATED_PAGES)`);
  const found: string[] = [];
  const filled = page.replace(BLOCK, (_whole, block: string) => {
    const render = DOC_TABLES[block];
    if (render === undefined || !expected.includes(block)) throw new Error(`${name}: unexpected block <!-- generated:${block} -->`);
    found.push(block);
    return `<!-- generated:${block} -->\n${render()}\n<!-- /generated -->`;
  });
  const opened = page.match(/<!-- generated:/g)?.length ?? 0;
  if (opened !== found.length) throw new Error(`${name}: a <!-- generated:… --> block has no <!-- /generated --> end`);
  const missing = expected.filter((block) => !found.includes(block));
  if (missing.length > 0) throw new Error(`${name}: missing block(s) ${missing.map((b) => `<!-- generated:${b} -->`).join(', ')}`);
  return filled;
}
