import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportDiff } from '../../reportdiff/diffConformanceReports.ts';
import { reportDiffCommand } from '../../reportdiff/reportDiffCommand.ts';
import type { ReportDiffVerdict } from '../../reportdiff/reportDiffVerdict.ts';
import type { ConformanceSummary } from '../../vocabulary/ConformanceSummary.ts';
import { startFaultyServer, type FaultyServer } from '../_support/faultyServer.ts';
import { readRunReport } from '../_support/readRunReport.ts';
import { runCommandInProcess } from '../_support/runCommandInProcess.ts';
import { runConformance, runProcess, targetEnv } from '../_support/runConformance.ts';
import { scratchDir } from '../_support/scratchDir.ts';

// Two real runs of one seed against one server: correct for the base run, then answering every
// 201 with a numeric id for the head run. The only difference between the runs is the behaviour.
const SEED = '20251127';
let server: FaultyServer;
let faulty = false;
let baseReport: string;
let headReport: string;

test.describe.configure({ mode: 'serial', timeout: 240_000 });

test.beforeAll(async () => {
  server = await startFaultyServer(async (_request, correct) => {
    const answer = await correct();
    return faulty && answer.status === 201 ? { ...answer, body: JSON.stringify({ id: 12345 }) } : answer;
  });
  const env = { ...targetEnv(server.url), CONFORMANCE_SEED: SEED, CONFORMANCE_RUNS: '12' };
  // The creates (where the fault shows) and the auth property (warnings both runs share): what the diff's rules need.
  const selection = ['-g', 'valid requests with fresh identities|requests without valid credentials'];
  const base = await runConformance(env, selection);
  expect(base.exitCode, base.output).toBe(0);
  faulty = true;
  const head = await runConformance(env, selection);
  expect(head.exitCode, head.output).toBe(1);
  [baseReport, headReport] = [join(base.reportDir, 'conformance.json'), join(head.reportDir, 'conformance.json')];
});

test.afterAll(async () => {
  await server?.close();
});

/**
 * The real command (`npm run report:diff -- ...`), or, to judge its arguments, exit codes and
 * messages without a process start each, the same command in this process; a report directory of its own.
 */
async function reportDiff(args: string[], viaNpm = false) {
  const run = viaNpm ? await npmReportDiff(args) : runCommandInProcess(reportDiffCommand, args);
  const read = (name: string) => readFileSync(join(run.reportDir, name), 'utf8');
  return {
    ...run,
    markdown: () => read('report-diff.md'),
    json: () => JSON.parse(read('report-diff.json')) as ReportDiff & { verdict: ReportDiffVerdict },
  };
}

async function npmReportDiff(args: string[]) {
  const reportDir = scratchDir('report-diff');
  return { ...(await runProcess('npm', ['run', '--silent', 'report:diff', '--', ...args], { CONFORMANCE_REPORT_DIR: reportDir }, 60_000)), reportDir };
}

test('base → head: the new error finding is listed with its replay, exit 1, Markdown and JSON written', async () => {
  const head = readRunReport(headReport.replace(/conformance\.json$/, ''));
  const base = readRunReport(baseReport.replace(/conformance\.json$/, ''));
  // Findings both runs share (e.g. the auth spec-gap warnings) are not new.
  const baseKeys = new Set(base.findings.map((f) => f.key));
  const newKeys = head.findings.map((f) => f.key).filter((key) => !baseKeys.has(key));
  expect(newKeys).toContain('response_schema|error|201|-|valid/realistic');

  const run = await reportDiff([baseReport, headReport], true);
  expect(run.exitCode, run.output).toBe(1);
  expect(run.output).toContain('new finding');
  expect(run.output).toContain('new: response_schema (error) on 201 in valid/realistic: the 201 body does not match its schema');
  expect(run.output).toMatch(new RegExp(`replay: PRELUDE_BASE_URL=.* CONFORMANCE_SEED=${SEED} CONFORMANCE_REPLAY_PATH=[\\d:]+ npx playwright test`));
  expect(run.output).toContain('FAIL: ');
  expect(run.output).not.toContain('different spec documents');

  const json = run.json();
  expect(json.verdict).toMatchObject({ fails: true });
  expect(json.specChanged).toBe(false);
  expect(
    json.changes
      .filter((c: { kind: string }) => c.kind === 'finding-new')
      .map((c: { subject: string }) => c.subject)
      .sort(),
  ).toEqual([...newKeys].sort());
  expect(json.changes).toContainEqual(
    expect.objectContaining({ kind: 'finding-new', subject: 'response_schema|error|201|-|valid/realistic', severity: 'error', fails: true }),
  );
  expect(json.changes).toContainEqual(expect.objectContaining({ kind: 'check-newly-failing', subject: 'response_schema', severity: 'error', fails: true }));
  expect(json.changes).toContainEqual(expect.objectContaining({ kind: 'verdict-worsened', base: 'pass', head: 'fail' }));

  const markdown = run.markdown();
  expect(markdown).toContain('**FAIL**: ');
  expect(markdown).toContain('## Regressions');
  expect(markdown).toContain('| ✖ | new finding | `response_schema\\|error\\|201\\|-\\|valid/realistic` | error |');
  expect(markdown).toContain('## New findings');
  expect(markdown).toContain('{"id":12345}');
  await test.info().attach('report-diff.md', { body: markdown, contentType: 'text/markdown' });
});

test('head → base: the finding is fixed, exit 0', async () => {
  const run = await reportDiff([headReport, baseReport]);
  expect(run.exitCode, run.output).toBe(0);
  expect(run.output).toContain('finding gone');
  expect(run.output).toContain('PASS: no new error finding');
  const json = run.json();
  expect(json.verdict).toMatchObject({ fails: false, failing: 0 });
  expect(json.changes).toContainEqual(expect.objectContaining({ kind: 'finding-gone', subject: 'response_schema|error|201|-|valid/realistic', fails: false }));
  expect(json.changes).toContainEqual(expect.objectContaining({ kind: 'check-fixed', subject: 'response_schema' }));
  expect(json.changes.filter((c: { kind: string }) => c.kind === 'finding-new')).toEqual([]);
  expect(run.markdown()).toContain('## Improvements');
});

test('a run under another spec document says so in the header', async () => {
  const summary = JSON.parse(readFileSync(headReport, 'utf8')) as ConformanceSummary;
  const otherSpec = { ...summary.run.metadata!, spec: { ...summary.run.metadata!.spec, version: '0.0.2', sha256: 'f'.repeat(64) } };
  const file = join(scratchDir('report-diff-input'), 'conformance.json');
  writeFileSync(file, JSON.stringify({ ...summary, run: { ...summary.run, metadata: otherSpec } }));
  const run = await reportDiff([baseReport, file]);
  expect(run.output).toContain('note: The two runs used different spec documents (sha256 ');
  expect(run.json().specChanged).toBe(true);
  expect(run.markdown()).toMatch(/^> The two runs used different spec documents \(sha256 [0-9a-f]{12} → ffffffffffff; .* 0\.0\.1 → .* 0\.0\.2\)/m);
});

test('unreadable or invalid input and bad arguments: exit 2, one line, no report', async () => {
  const dir = scratchDir('report-diff-input');
  const summary = JSON.parse(readFileSync(headReport, 'utf8')) as Record<string, unknown>;
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const cases: Array<[string[], RegExp]> = [
    [[baseReport, join(dir, 'missing.json')], /^report:diff: head report .*missing\.json: cannot read the file \(ENOENT\)$/],
    [[write('junit.xml', '<testsuites/>'), headReport], /^report:diff: base report .*junit\.xml: not JSON/],
    [[baseReport, 'package.json'], /^report:diff: head report package\.json: not a conformance\.json \(no reportFormat field\)/],
    [
      [baseReport, write('v2.json', JSON.stringify({ ...summary, reportFormat: 2 }))],
      /reportFormat 2 is not supported; this report:diff reads reportFormat 1$/,
    ],
    [
      [baseReport, write('cut.json', JSON.stringify({ ...summary, matrix: undefined }))],
      /not a valid conformance\.json: \/ must have required property 'matrix'$/,
    ],
    [[baseReport], /^report:diff: expected two conformance\.json files \(base and head\), got 1$/],
    [['--latency-relative', 'lots', baseReport, headReport], /^report:diff: --latency-relative must be a number ≥ 0, got "lots"$/],
    [['--verbose', baseReport, headReport], /^report:diff: Unknown option '--verbose'/],
  ];
  for (const [args, message] of cases) {
    const run = await reportDiff(args);
    expect(run.exitCode, args.join(' ')).toBe(2);
    expect(run.output.trim().split('\n'), run.output).toHaveLength(1);
    expect(run.output.trim()).toMatch(message);
    expect(existsSync(join(run.reportDir, 'report-diff.json'))).toBe(false);
  }
});

test('--help prints the usage and exits 0', async () => {
  const run = await reportDiff(['--help'], true);
  expect(run.exitCode).toBe(0);
  expect(run.output).toContain('Usage: npm run report:diff -- [options] <base conformance.json> <head conformance.json>');
  expect(existsSync(join(run.reportDir, 'report-diff.md'))).toBe(false);
});
