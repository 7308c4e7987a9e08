import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { replayInvocation } from '../../cli/replayInvocation.ts';
import { parseSuiteConfig } from '../../config/suiteConfig.ts';
import { renderJson } from '../../reporter/renderJson.ts';
import { summarizeRun } from '../../reporter/summarizeRun.ts';
import { propertyReport, reportedFinding } from '../_support/propertyReportFixture.ts';
import { scratchDir } from '../_support/scratchDir.ts';
import { runContext } from '../_support/runContextFixture.ts';

test('a run records every non-secret variable that shapes its cases and verdicts, paths absolute, no token', () => {
  const config = parseSuiteConfig({
    PRELUDE_BASE_URL: 'http://127.0.0.1:1',
    API_TOKEN: 'secret-token',
    PRELUDE_APP_ID: 'app1',
    PRELUDE_DISABLED_APP_ID: 'app2',
    CONFORMANCE_SPEC: 'tests/fixtures/specdiff/request-maxlength-tightened.yaml',
    CONFORMANCE_PROFILE: 'p.json',
    CONFORMANCE_EXACTLY_ONCE_N: '3',
    CONFORMANCE_SEED: '5',
    CONFORMANCE_CONCURRENCY: '2',
  });
  expect(config.replayEnv).toEqual({
    PRELUDE_BASE_URL: 'http://127.0.0.1:1',
    PRELUDE_APP_ID: 'app1',
    PRELUDE_DISABLED_APP_ID: 'app2',
    CONFORMANCE_SPEC: join(process.cwd(), 'tests/fixtures/specdiff/request-maxlength-tightened.yaml'),
    CONFORMANCE_PROFILE: join(process.cwd(), 'p.json'),
    CONFORMANCE_EXACTLY_ONCE_N: '3',
  });
  expect(JSON.stringify(config.replayEnv)).not.toContain('secret-token');
});

test('a replay of a finding number or key: the run variables, its seed and path, its test, reports beside the run', () => {
  const base = propertyReport();
  const finding = reportedFinding('response_schema', {
    replay: { seed: 42, path: '0:1', command: 'x', curl: 'c', title: 'valid requests (fresh) are created' },
  });
  const summary = summarizeRun(
    [
      {
        title: 't',
        status: 'failed',
        error: undefined,
        report: propertyReport({
          run: { ...base.run, replayEnv: { CONFORMANCE_SPEC: '/specs/new.yaml', PRELUDE_APP_ID: 'app1' } },
          findings: [finding],
        }),
      },
    ],
    runContext(),
  );
  const dir = scratchDir('replay');
  writeFileSync(join(dir, 'conformance.json'), renderJson(summary));
  const byNumber = replayInvocation(join(dir, 'conformance.json'), '1');
  expect(byNumber.env).toEqual({ CONFORMANCE_SPEC: '/specs/new.yaml', PRELUDE_APP_ID: 'app1', CONFORMANCE_SEED: '42', CONFORMANCE_REPLAY_PATH: '0:1' });
  expect(byNumber.grep).toBe('valid requests \\(fresh\\) are created');
  expect(byNumber.reportDir).toBe(join(dir, 'replay-1'));
  expect(replayInvocation(join(dir, 'conformance.json'), finding.key).finding.key).toBe(finding.key);
  expect(() => replayInvocation(join(dir, 'conformance.json'), '2')).toThrow('has no finding "2": give its number (1 to 1) or its key.');
});
