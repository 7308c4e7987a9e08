import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../../config/packageRoot.ts';

// README.md and docs/*.md: every relative link must reach a file or folder of the repository,
// and an anchor (`page.md#heading`, `#heading`) a heading of that page. Nothing is skipped.
const pages = [
  'README.md',
  ...readdirSync(resolve(PACKAGE_ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** Markdown links and images outside code: `[text](target)`, `![alt](target)`. */
function linkTargets(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]!);
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes, repeats numbered. */
function anchorsOf(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '');
  for (const [, text] of prose.matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const slug = text!
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .trim()
      .replace(/\s/g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    anchors.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return anchors;
}

for (const page of pages) {
  test(`${page}: every relative link resolves`, () => {
    const broken: string[] = [];
    for (const target of linkTargets(readFileSync(resolve(PACKAGE_ROOT, page), 'utf8'))) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto: — not a file of the repository
      const [path, anchor] = target.split('#') as [string, string | undefined];
      const file = path === '' ? resolve(PACKAGE_ROOT, page) : resolve(PACKAGE_ROOT, dirname(page), decodeURI(path));
      if (relative(PACKAGE_ROOT, file).startsWith('..') || !existsSync(file)) {
        broken.push(`${target} (no ${relative(PACKAGE_ROOT, file)})`);
        continue;
      }
      if (anchor !== undefined && statSync(file).isFile() && file.endsWith('.md') && !anchorsOf(readFileSync(file, 'utf8')).has(anchor)) {
        broken.push(`${target} (no heading #${anchor} in ${relative(PACKAGE_ROOT, file)})`);
      }
    }
    expect(broken, `broken links in ${page}`).toEqual([]);
  });
}

test('the link checker finds links and anchors as GitHub renders them', () => {
  expect(linkTargets('see [a](docs/a.md#x) and ![i](img.png "t")\n```\n[not](code.md)\n```\n`[nor](inline.md)`')).toEqual(['docs/a.md#x', 'img.png']);
  expect([...anchorsOf("# Exit codes\n## A newcomer's path\n## Exit codes\n```\n# not\n```")]).toEqual(['exit-codes', 'a-newcomers-path', 'exit-codes-1']);
});

test('README.md stays short (at most 200 lines), and no page holds a merge marker', () => {
  expect(readFileSync(resolve(PACKAGE_ROOT, 'README.md'), 'utf8').split('\n').length).toBeLessThanOrEqual(200);
  for (const page of pages) expect(readFileSync(resolve(PACKAGE_ROOT, page), 'utf8'), page).not.toMatch(/^(<{7}|={7}|>{7})( |$)/m);
});
