import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { allChecks } from '../../checks/allChecks.ts';
import type { Check } from '../../checks/Check.ts';
import { customChecks, loadCustomChecks } from '../../checks/customChecks.ts';
import { validateCustomChecks } from '../../checks/_internals/validateCustomChecks.ts';
import { ConfigError } from '../../config/ConfigError.ts';
import { parseSuiteConfig } from '../../config/suiteConfig.ts';
import { renderHtml } from '../../reporter/renderHtml.ts';
import { renderMarkdown } from '../../reporter/renderMarkdown.ts';
import { summarizeRun } from '../../reporter/summarizeRun.ts';
import { runSelection } from '../../runner/runSelection.ts';
import { checks as exampleChecks } from '../../docs/examples/userIdIsTypeId.ts';
import { checks as latencyChecks } from '../../docs/examples/createdWithin300ms.ts';
import { propertyReport, reportedFinding } from '../_support/propertyReportFixture.ts';
import { runContext } from '../_support/runContextFixture.ts';
import { scratchDir } from '../_support/scratchDir.ts';

const BUILT_IN = allChecks.map((c) => c.id);
const valid = { ...exampleChecks[0]! };
/** The lines of the ConfigError that validating `exports` throws ('' when it throws none). */
function problems(exports: Record<string, unknown>): string[] {
  try {
    validateCustomChecks(exports, 'mine.ts', BUILT_IN);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message.split('\n');
  }
}

test('what a module exports: `checks`, a default array or one check, CommonJS exports; nothing is one line', () => {
  expect(validateCustomChecks({ checks: [valid] }, 'mine.ts', BUILT_IN)).toEqual([valid]);
  expect(validateCustomChecks({ default: [valid] }, 'mine.ts', BUILT_IN)).toEqual([valid]);
  expect(validateCustomChecks({ default: valid }, 'mine.ts', BUILT_IN)).toEqual([valid]);
  expect(validateCustomChecks({ default: { checks: [valid] } }, 'mine.ts', BUILT_IN)).toEqual([valid]);
  const none = 'checks module mine.ts exports no check: export `checks`, an array of checks (or a default export: an array or one check).';
  for (const exports of [{}, { budget: 300 }, { checks: [] }, { default: [] }, { default: {} }]) expect(problems(exports)).toEqual([none]);
  expect(problems({ checks: valid })).toEqual(['checks module mine.ts exports `checks` that is not an array of checks.']);
});

test('each problem of each check is one line naming the module, the check (by number, and id when it has one) and what is wrong', () => {
  const { id: _id, ...noId } = valid;
  expect(problems({ checks: [noId] })).toEqual(['checks module mine.ts: check 1 has no id.']);
  expect(problems({ checks: [valid, { ...valid, id: 'Typeid-Check' }] })).toEqual([
    'checks module mine.ts: check 2 has id "Typeid-Check", not a snake_case name (e.g. user_id_is_typeid).',
  ]);
  expect(problems({ checks: [{ ...valid, id: 'conflict' }] })).toEqual([
    'checks module mine.ts: check 1 ("conflict"): id "conflict" is a built-in check\'s; choose another.',
  ]);
  expect(problems({ checks: [valid, valid] })).toEqual(['checks module mine.ts: check 2 ("user_id_is_typeid"): id "user_id_is_typeid" is also check 1\'s.']);
  const { verify: _verify, description: _description, ...partial } = valid;
  expect(problems({ checks: [{ ...partial, severity: 'fatal', appliesTo: true, observe: 'later' }] })).toEqual([
    'checks module mine.ts: check 1 ("user_id_is_typeid") has no description (one line: what a passing exchange shows).',
    'checks module mine.ts: check 1 ("user_id_is_typeid") has severity "fatal": expected "error", "warning" or "error or warning".',
    'checks module mine.ts: check 1 ("user_id_is_typeid") has appliesTo that is not a function.',
    'checks module mine.ts: check 1 ("user_id_is_typeid") has no verify function.',
    'checks module mine.ts: check 1 ("user_id_is_typeid") has observe that is not a function.',
  ]);
  expect(problems({ checks: [null] })).toEqual([
    'checks module mine.ts: check 1 is not an object with the fields of Check (id, severity, description, source, explanation, appliesTo, verify).',
  ]);
});

test('loading: a missing file, a module that throws, one loaded once and then known synchronously', async () => {
  const dir = scratchDir('modules');
  const shown = (file: string) => relative(process.cwd(), join(dir, file));
  await expect(loadCustomChecks(join(dir, 'absent.mjs'))).rejects.toThrow(`checks module ${shown('absent.mjs')}: no such file.`);
  writeFileSync(join(dir, 'broken.mjs'), 'export const checks = [;\n');
  await expect(loadCustomChecks(join(dir, 'broken.mjs'))).rejects.toThrow(new RegExp(`^checks module ${shown('broken.mjs')} cannot be loaded: [^\\n]+$`));
  const good = join(dir, 'good.mjs');
  writeFileSync(
    good,
    `globalThis.loads = (globalThis.loads ?? 0) + 1;
export default { id: 'always_fine', description: 'd', severity: 'warning', source: 's', explanation: 'e', appliesTo: () => true, verify: () => [] };\n`,
  );
  expect(() => customChecks(good)).toThrow(/was not loaded in this process/);
  const first = await loadCustomChecks(good);
  expect(await loadCustomChecks(good)).toBe(first);
  expect(customChecks(good)).toBe(first);
  expect(first.map((c) => c.id)).toEqual(['always_fine']);
  expect((globalThis as { loads?: number }).loads).toBe(1);
  expect(customChecks(undefined)).toEqual([]);
});

test('--checks and --exclude-checks name custom checks as they name built-in ones; the unknown-name message lists them', () => {
  const custom: readonly Check[] = [...exampleChecks, ...latencyChecks];
  const selectionOf = (env: Record<string, string>) => runSelection(parseSuiteConfig(env).selection, custom);
  expect(selectionOf({}).checks).toEqual([...allChecks, ...custom]);
  expect(selectionOf({ CONFORMANCE_CHECKS: 'user_id_is_typeid,user_id_prefix' }).checks.map((c) => c.id)).toEqual(['user_id_prefix', 'user_id_is_typeid']);
  const excluded = selectionOf({ CONFORMANCE_EXCLUDE_CHECKS: 'created_within_300_ms' });
  expect([excluded.checksLeftOut, excluded.custom]).toEqual([['created_within_300_ms'], custom]);
  expect(() => selectionOf({ CONFORMANCE_CHECKS: 'user_id_is_typid' })).toThrow(
    /unknown "user_id_is_typid"; valid: .*differential, user_id_is_typeid, created_within_300_ms\./,
  );
});

test("the reports mark the module's checks as custom, from the run's metadata (so merged shards do too)", () => {
  const property = propertyReport({
    run: {
      ...propertyReport().run,
      customChecks: { module: 'docs/examples/userIdIsTypeId.ts', checks: [{ id: 'user_id_is_typeid', description: valid.description }] },
    },
    checks: { user_id_is_typeid: { cases: 10, errors: 1, warnings: 0 } },
    findings: [reportedFinding('user_id_is_typeid', { message: 'user id "usr_x" is not a TypeID: its suffix has 1 characters, not 26.' })],
  });
  const summary = summarizeRun([{ title: 'valid', status: 'failed', error: undefined, report: property }], runContext());
  expect(summary.checks.at(-1)).toEqual({
    id: 'user_id_is_typeid',
    description: valid.description,
    cases: 10,
    passes: 9,
    errors: 1,
    warnings: 0,
    notes: 0,
    custom: true,
  });
  expect(summary.checks.filter((c) => c.custom)).toHaveLength(1);
  expect(summary.verdict).toBe('fail');
  const markdown = renderMarkdown(summary);
  expect(markdown).toContain('| `user_id_is_typeid` (custom) | 10 | 9 | 1 | 0 |');
  expect(markdown).toContain('(custom): from `docs/examples/userIdIsTypeId.ts` (`--checks-module`).');
  const html = renderHtml(summary);
  expect(html).toContain('<td><code>user_id_is_typeid</code> <span class="muted">custom</span></td>');
  expect(html).toContain('<dt>custom checks</dt><dd>user_id_is_typeid from docs/examples/userIdIsTypeId.ts</dd>');
});
