import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../../config/packageRoot.ts';
import { diffCreateUserSpecs } from '../../specdiff/diffCreateUserSpecs.ts';
import { SPEC_PATH } from '../_support/specFixture.ts';
import { junitSchemaErrors } from '../_support/junitSchema.ts';
import { runConformance } from '../_support/runConformance.ts';

// CONFORMANCE_SPEC switches the document the whole suite reads (generators and oracles) without a
// code change; the embedded emulator keeps serving spec/openapi.yaml, as an unchanged server would.
const fixture = (name: string) => resolve(PACKAGE_ROOT, 'tests/fixtures/specdiff', `${name}.yaml`);
const shortSha = (path: string) => createHash('sha256').update(readFileSync(path, 'utf8')).digest('hex').slice(0, 12);

test('a compatible rewrite of the spec (renamed and reordered components): spec:diff finds nothing; the whole suite against the embedded emulator passes, exit 0, with the HTML report and a JUnit file valid against the common schema', async () => {
  const spec = fixture('compatible-renamed-reordered');
  expect(diffCreateUserSpecs(SPEC_PATH, spec).changes).toEqual([]);
  const run = await runConformance({ CONFORMANCE_SPEC: spec });
  expect(run.exitCode, run.output).toBe(0);
  expect(run.output).toContain(`(sha256 ${shortSha(spec)})`);
  expect(shortSha(spec)).not.toBe(shortSha(SPEC_PATH));
  // The command's outputs (the whole suite under spec/openapi.yaml is `npm test`'s last step).
  expect(run.output).toMatch(/seed -?\d+/);
  expect(existsSync(join(run.reportDir, 'html/index.html'))).toBe(true);
  const junit = readFileSync(join(run.reportDir, 'junit.xml'), 'utf8');
  expect(junit).toContain('failures="0"');
  expect(await junitSchemaErrors(junit)).toEqual([]);
});

test('a server-breaking response change (UserID gains format uuid): the unchanged emulator now fails response_schema', async () => {
  const spec = fixture('response-format-added');
  expect(diffCreateUserSpecs(SPEC_PATH, spec).changes.map((c) => [c.rule, c.servers])).toEqual([['format-added@response', 'breaking']]);
  const run = await runConformance({ CONFORMANCE_SPEC: spec, CONFORMANCE_RUNS: '20' }, ['-g', 'valid requests with fresh identities']);
  expect(run.exitCode, run.output).toBe(1);
  expect(run.output).toContain('response_schema (error)');
  expect(run.output).toContain('/id must match format "uuid"');
  expect(run.output).toContain(`(sha256 ${shortSha(spec)})`);
});

// A tightened request rule (external_id maxLength 64), which the unchanged emulator now fails: replayCommand.spec.ts.
