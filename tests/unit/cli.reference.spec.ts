import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fillGeneratedBlocks, GENERATED_PAGES } from '../../tools/_internals/docPages.ts';
import { DEFAULT_PROFILE } from '../../config/profile.ts';
import { SETTINGS } from '../../config/settings.ts';
import { PACKAGE_ROOT } from '../../config/packageRoot.ts';
import { parseSuiteConfig } from '../../config/suiteConfig.ts';

const read = (page: string) => readFileSync(resolve(PACKAGE_ROOT, page), 'utf8');

// docs/cli.md is made of the commands' own --help output, so comparing it means starting them: the installed
// package's test does that for every command (tests/cli/packedPackage.spec.ts), and this tier stays in process.
for (const page of Object.keys(GENERATED_PAGES).filter((page) => page !== 'docs/cli.md')) {
  test(`${page}: every generated block is what the code writes now (regenerate: npm run docs:generate)`, () => {
    const committed = read(page);
    expect(committed).toBe(fillGeneratedBlocks(page, committed));
  });
}

test('a page missing a block, holding a foreign one, or leaving one open is refused', () => {
  expect(() => fillGeneratedBlocks('docs/spec-diff.md', 'no blocks')).toThrow('missing block(s) <!-- generated:spec-diff-rules -->');
  expect(() =>
    fillGeneratedBlocks('docs/spec-diff.md', '<!-- generated:spec-diff-rules -->\n<!-- /generated -->\n<!-- generated:checks -->\n<!-- /generated -->'),
  ).toThrow('unexpected block <!-- generated:checks -->');
  expect(() => fillGeneratedBlocks('docs/spec-diff.md', '<!-- generated:spec-diff-rules -->\nleft open')).toThrow('has no <!-- /generated --> end');
  expect(fillGeneratedBlocks('docs/spec-diff.md', 'before\n<!-- generated:spec-diff-rules -->\nstale\n<!-- /generated -->\nafter')).toMatch(
    /^before\n<!-- generated:spec-diff-rules -->\n\| rule \|[\s\S]*\n<!-- \/generated -->\nafter$/,
  );
});

test('every setting has one key, one variable and at most one flag, and says what it means', () => {
  for (const names of [SETTINGS.map((s) => s.key), SETTINGS.map((s) => s.variable), SETTINGS.flatMap((s) => (s.flag ? [s.flag] : []))]) {
    expect(new Set(names).size).toBe(names.length);
  }
  for (const s of SETTINGS) expect(s.meaning.length, s.key).toBeGreaterThan(0);
  // A secret in a replay line, a flag or a committed file would leak it.
  for (const s of SETTINGS.filter((s) => s.scope === 'secret')) expect([s.flag, s.replayed]).toEqual([undefined, undefined]);
});

test('the described defaults are the ones the configuration falls back to', () => {
  const config = parseSuiteConfig({});
  const described = (name: string) => SETTINGS.find((s) => s.variable === name)?.default;
  expect(described('CONFORMANCE_RUNS')).toBe(String(config.runs));
  expect(described('CONFORMANCE_EXACTLY_ONCE_N')).toBe(String(config.exactlyOnceCopies));
  expect(described('CONFORMANCE_CONCURRENCY')).toBe(String(config.concurrency));
  expect(described('CONFORMANCE_RPS')).toBe(`${config.rps} (unlimited)`);
  expect(described('CONFORMANCE_TIMEOUT_MS')).toBe(String(config.requestTimeoutMs));
  expect(described('CONFORMANCE_TRANSPORT')).toBe(`\`${config.transport}\``);
  expect(described('CONFORMANCE_FAIL_ON')).toBe(`\`${config.failOn}\``);
  expect(described('CONFORMANCE_DRY_RUN')).toBe(config.dryRun ? '`1`' : '`0`');
  expect(described('PRELUDE_APP_ID')).toContain(`\`${config.target.appId}\``);
  expect(described('PRELUDE_DISABLED_APP_ID')).toContain(`\`${config.target.disabledAppId}\``);
  expect(config.reportDir).toBe(resolve('reports'));
  expect(described('CONFORMANCE_REPORT_DIR')).toMatch(/^`reports\/`/);
});

test('docs/configuration.md shows the profile settings the profile has', () => {
  for (const setting of Object.keys(DEFAULT_PROFILE)) expect(read('docs/configuration.md')).toContain(`| \`${setting}\` |`);
});
