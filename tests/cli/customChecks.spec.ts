import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PACKAGE_ROOT } from '../../config/packageRoot.ts';
import { uuidFromTypeIdSuffix } from '../../emulator/typeId.ts';
import { bodyOf, json, rewrite } from '../_support/faultAnswers.ts';
import { startFaultyServer } from '../_support/faultyServer.ts';
import { readRunReport } from '../_support/readRunReport.ts';
import { runConformance, runProcess, targetEnv } from '../_support/runConformance.ts';
import { scratchDir } from '../_support/scratchDir.ts';

/**
 * Ids `usr_` + the UUID's 32 hex digits instead of its TypeID encoding: `usr_`-prefixed as the
 * spec's prose asks, so no built-in check sees it. Kept here rather than in the fault catalogue,
 * whose entries promise a built-in check that catches them at the default settings (the self-test
 * holds every entry to it); this one only a custom check catches, and that is what it shows.
 * Deterministic: the hex is the emulator's own id decoded, so ids stay unique.
 */
const userIdsAreHexUuids = () =>
  rewrite((a) => {
    const id = bodyOf(a)?.id;
    if (a.status !== 201 || typeof id !== 'string') return a;
    return json(201, { ...bodyOf(a), id: `usr_${uuidFromTypeIdSuffix(id.slice('usr_'.length))!.replaceAll('-', '')}` });
  });

const MODULE = 'docs/examples/userIdIsTypeId.ts';

/** The replay lines a run printed, whole. */
const replayLines = (output: string) =>
  [...output.matchAll(/^ {2}replay: +(.*npx playwright test -c playwright\.config\.ts -g .*)$/gm)].map(([, line]) => line!);

test('the documented example check catches a fault no built-in check catches: the finding with its curl and replay lines, the replay run verbatim finds it again; no built-in check finds anything there', async () => {
  const server = await startFaultyServer(userIdsAreHexUuids());
  try {
    const env = { ...targetEnv(server.url), CONFORMANCE_PHASES: 'valid', CONFORMANCE_RUNS: '5' };
    const run = await runConformance({ ...env, CONFORMANCE_CHECKS_MODULE: MODULE });

    expect(run.exitCode, run.output).toBe(1);
    expect(run.output).toContain(`checks from ${MODULE}: user_id_is_typeid`);
    expect(run.output).toMatch(
      /✖ user_id_is_typeid \(error\) in valid\/\S+: user id "usr_[0-9a-f]{32}" is not a TypeID: its suffix has 32 characters, not 26\./,
    );
    expect(run.output).toContain('counterexample shrunk');
    expect(run.output).toMatch(/^ {2}curl: +curl .*\$API_TOKEN/m);
    const summary = readRunReport(run.reportDir);
    expect(summary.checks.find((c) => c.id === 'user_id_is_typeid')).toMatchObject({ custom: true, errors: expect.any(Number) });
    // No built-in check finds anything against this server: the module's check is the only one that does.
    expect(summary.findings.map((f) => f.check)).toEqual(['user_id_is_typeid']);
    expect(summary.causes).toHaveLength(1);

    // The replay line sets the module again (an absolute path): run verbatim by a shell, one case finds it again.
    const [replay] = replayLines(run.output);
    expect(replay).toContain('CONFORMANCE_CHECKS_MODULE=');
    const replayDir = scratchDir('replay');
    const again = await runProcess('sh', ['-c', replay!], { ...targetEnv(server.url), CONFORMANCE_REPORT_DIR: replayDir });
    expect(again.exitCode, again.output).toBe(1);
    expect(again.output).toContain('1 error finding in 1 case: ');
    expect(readRunReport(replayDir).findings.map((f) => f.check)).toEqual(['user_id_is_typeid']);
  } finally {
    await server.close();
  }
});

test('a checks module that cannot be loaded, or exports no check, is exit 2 with one line naming it, before anything is sent', async () => {
  const dir = scratchDir('modules');
  writeFileSync(join(dir, 'broken.mjs'), "throw new Error('checks are not ready');\n");
  writeFileSync(join(dir, 'empty.mjs'), 'export const budget = 300;\n');
  // Messages show the path relative to where the run was started (the package root here).
  const shown = (file: string) => relative(PACKAGE_ROOT, join(dir, file));
  const [broken, empty] = await Promise.all([
    runConformance({ CONFORMANCE_CHECKS_MODULE: join(dir, 'broken.mjs') }),
    runConformance({ CONFORMANCE_CHECKS_MODULE: join(dir, 'empty.mjs') }),
  ]);
  expect(broken.exitCode, broken.output).toBe(2);
  expect(broken.output).toContain(`conformance: configuration error: checks module ${shown('broken.mjs')} cannot be loaded: checks are not ready\n`);
  expect(empty.exitCode, empty.output).toBe(2);
  expect(empty.output).toContain(
    `conformance: configuration error: checks module ${shown('empty.mjs')} exports no check: export \`checks\`, an array of checks (or a default export: an array or one check).\n`,
  );
  for (const run of [broken, empty]) expect(run.output).not.toContain('Running ');
});
