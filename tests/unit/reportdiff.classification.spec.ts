import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConformanceSummary } from '../../vocabulary/ConformanceSummary.ts';
import { summarizeRun, type TestOutcome } from '../../reporter/summarizeRun.ts';
import { diffConformanceReports } from '../../reportdiff/diffConformanceReports.ts';
import { DEFAULT_LATENCY_THRESHOLDS } from '../../reportdiff/LatencyThresholds.ts';
import { readConformanceReport } from '../../reportdiff/readConformanceReport.ts';
import { REPORT_CHANGE_KINDS, REPORT_CHANGE_RULES, type ReportChangeKind } from '../../reportdiff/reportChangeRules.ts';
import { reportDiffMarkdown } from '../../reportdiff/reportDiffMarkdown.ts';
import { reportDiffVerdict } from '../../reportdiff/reportDiffVerdict.ts';
import type { PropertyReport } from '../../vocabulary/PropertyReport.ts';
import { propertyReport, reportedFinding } from '../_support/propertyReportFixture.ts';
import { specOperation } from '../_support/specFixture.ts';
import { scratchDir } from '../_support/scratchDir.ts';
import { runContext } from '../_support/runContextFixture.ts';

// Synthetic runs go through the real summarizeRun, so the diff reads exactly what conformance.json holds.
function run(properties: readonly Partial<PropertyReport>[], options: { withoutPairing?: string; crashed?: boolean } = {}): ConformanceSummary {
  const operation = specOperation();
  const pairings = operation.pairings.filter((p) => `${p.httpStatus} ${p.code}` !== options.withoutPairing);
  const tests: TestOutcome[] = properties.map((overrides, i) => ({
    title: `p${i}`,
    status: 'passed',
    error: undefined,
    report: propertyReport({ property: `p${i}`, ...overrides }),
  }));
  if (options.crashed) tests.push({ title: 'crashed', status: 'timedOut', error: 'Test timeout', report: undefined });
  return summarizeRun(tests, runContext({ documented: { successStatus: operation.successStatus, pairings } }));
}

const clean = { checks: { response_schema: { cases: 10, errors: 0, warnings: 0 }, user_id_prefix: { cases: 10, errors: 0, warnings: 0 } } };
const schemaError = reportedFinding('response_schema');
const broken = { checks: { ...clean.checks, response_schema: { cases: 10, errors: 3, warnings: 0 } }, findings: [schemaError] };
const prefixWarning = reportedFinding('user_id_prefix', { severity: 'warning', message: 'id "u|1" lacks usr_' });
const warned = { checks: { ...clean.checks, user_id_prefix: { cases: 10, errors: 0, warnings: 2 } }, findings: [prefixWarning] };
const latencies = (ms: number, samples = 20) => ({ latencies: { '201': Array.from({ length: samples }, () => ms) } });
const otherSpec = { run: { ...propertyReport().run, spec: { title: 'Prelude Session Management API', version: '0.0.2', sha256: 'b'.repeat(64) } } };

interface Row {
  readonly name: string;
  readonly base: ConformanceSummary;
  readonly head: ConformanceSummary;
  /** Exactly the changes expected, in rule order: `kind subject [severity] [fails]`. */
  readonly expect: readonly string[];
}

const ROWS: readonly Row[] = [
  { name: 'the same run twice', base: run([clean]), head: run([clean]), expect: [] },
  {
    name: 'a new error finding',
    base: run([clean]),
    head: run([broken]),
    expect: ['verdict-worsened verdict', 'check-newly-failing response_schema error fails', `finding-new ${schemaError.key} error fails`],
  },
  {
    name: 'the error finding fixed',
    base: run([broken]),
    head: run([clean]),
    expect: ['verdict-improved verdict', 'check-fixed response_schema error', `finding-gone ${schemaError.key} error`],
  },
  {
    name: 'a new warning finding never fails the diff',
    base: run([clean]),
    head: run([warned]),
    expect: ['check-newly-failing user_id_prefix warning', `finding-new ${prefixWarning.key} warning`],
  },
  {
    name: 'a check that only warned now errs: newly failing with errors',
    base: run([{ checks: { response_schema: { cases: 10, errors: 0, warnings: 1 } } }]),
    head: run([{ checks: { response_schema: { cases: 10, errors: 1, warnings: 0 } } }]),
    expect: ['check-newly-failing response_schema error fails'],
  },
  {
    name: 'a failing check that stopped running is not fixed: coverage lost',
    base: run([broken]),
    head: run([{ checks: { ...clean.checks, response_schema: { cases: 0, errors: 0, warnings: 0 } } }]),
    expect: ['verdict-improved verdict', 'check-no-longer-exercised response_schema', `finding-gone ${schemaError.key} error`],
  },
  {
    name: 'a check that starts judging cases',
    base: run([clean]),
    head: run([{ checks: { ...clean.checks, status_code_pairing: { cases: 4, errors: 0, warnings: 0 } } }]),
    expect: ['check-newly-exercised status_code_pairing'],
  },
  {
    name: 'a documented code newly provoked',
    base: run([clean]),
    head: run([{ ...clean, observed: { '201': 8, '409 conflict': 2 } }]),
    expect: ['outcome-newly-observed 409 conflict'],
  },
  {
    name: 'an undocumented status newly observed',
    base: run([clean]),
    head: run([{ ...clean, observed: { '201': 9, '500': 1 } }]),
    expect: ['outcome-newly-observed 500'],
  },
  {
    name: 'a code no longer provoked',
    base: run([{ ...clean, observed: { '201': 8, '409 conflict': 2 } }]),
    head: run([clean]),
    expect: ['outcome-no-longer-provoked 409 conflict'],
  },
  {
    name: 'the head spec drops a documented code',
    base: run([clean]),
    head: run([{ ...clean, ...otherSpec }], { withoutPairing: '409 conflict' }),
    expect: ['outcome-no-longer-documented 409 conflict'],
  },
  {
    name: 'the head spec documents a new code',
    base: run([clean], { withoutPairing: '409 conflict' }),
    head: run([{ ...clean, ...otherSpec }]),
    expect: ['outcome-now-documented 409 conflict'],
  },
  { name: 'a test ends without its outcome', base: run([clean]), head: run([clean], { crashed: true }), expect: ['verdict-worsened verdict'] },
  {
    name: 'latency doubled (+100 %, +100 ms)',
    base: run([{ ...clean, ...latencies(100) }]),
    head: run([{ ...clean, ...latencies(200) }]),
    expect: ['latency-slower 201 p50', 'latency-slower 201 p95'],
  },
  {
    name: 'latency halved',
    base: run([{ ...clean, ...latencies(200) }]),
    head: run([{ ...clean, ...latencies(100) }]),
    expect: ['latency-faster 201 p50', 'latency-faster 201 p95'],
  },
  { name: 'latency +40 % and +40 ms is noise', base: run([{ ...clean, ...latencies(100) }]), head: run([{ ...clean, ...latencies(140) }]), expect: [] },
  { name: 'latency 2 → 10 ms (+400 %) is noise', base: run([{ ...clean, ...latencies(2) }]), head: run([{ ...clean, ...latencies(10) }]), expect: [] },
  {
    name: 'latency of too few samples is not compared',
    base: run([{ ...clean, ...latencies(100, 19) }]),
    head: run([{ ...clean, ...latencies(900, 19) }]),
    expect: [],
  },
];

function diff(base: ConformanceSummary, head: ConformanceSummary) {
  return diffConformanceReports({ path: 'base.json', summary: base }, { path: 'head.json', summary: head }, DEFAULT_LATENCY_THRESHOLDS);
}

for (const row of ROWS) {
  test(`classification: ${row.name}`, () => {
    const changes = diff(row.base, row.head).changes;
    expect(changes.map((c) => [c.kind, c.subject, c.severity, c.fails ? 'fails' : undefined].filter(Boolean).join(' '))).toEqual(row.expect);
  });
}

test('every kind of change has exactly one rule and at least one row above', () => {
  const kinds = Object.keys(REPORT_CHANGE_KINDS) as ReportChangeKind[];
  expect(REPORT_CHANGE_RULES.map((r) => r.kind).sort()).toEqual([...kinds].sort());
  const covered = new Set(ROWS.flatMap((r) => r.expect.map((e) => e.split(' ')[0])));
  expect(
    kinds.filter((k) => !covered.has(k)),
    'kinds without a classification row',
  ).toEqual([]);
});

test('only new error findings and checks newly failing with errors gate', () => {
  expect(REPORT_CHANGE_RULES.filter((r) => r.gates).map((r) => r.kind)).toEqual(['check-newly-failing', 'finding-new']);
  expect(reportDiffVerdict(diff(run([clean]), run([broken])))).toMatchObject({ fails: true, failing: 2, regressions: 3 });
  expect(reportDiffVerdict(diff(run([clean]), run([warned])))).toMatchObject({ fails: false, failing: 0, regressions: 2 });
  expect(reportDiffVerdict(diff(run([broken]), run([clean])))).toMatchObject({ fails: false, improvements: 3 });
});

test('different spec documents are said in the header; the emulator on another port is the same target', () => {
  const specRegression = diff(run([clean]), run([{ ...clean, ...otherSpec }]));
  expect(specRegression.specChanged).toBe(true);
  expect(specRegression.notes[0]).toContain(
    `different spec documents (sha256 ${'a'.repeat(12)} → ${'b'.repeat(12)}; Prelude Session Management API 0.0.1 → Prelude Session Management API 0.0.2)`,
  );
  const emulator = (port: number) => ({
    run: { ...propertyReport().run, target: { kind: 'emulator' as const, url: `http://127.0.0.1:${port}`, disabledAppConfigured: true } },
  });
  const sameTarget = diff(run([{ ...clean, ...emulator(4001) }]), run([{ ...clean, ...emulator(4002) }]));
  expect(sameTarget.specChanged).toBe(false);
  expect(sameTarget.notes).toEqual([]);
  expect(diff(run([clean]), run([{ ...clean, runSeed: 43 }])).notes).toEqual([expect.stringContaining('The seeds differ (42 → 43)')]);
});

test('Markdown: target-controlled finding text stays inside its cell; new findings carry counterexample and replay', () => {
  const result = diff(run([clean]), run([warned, broken]));
  const markdown = reportDiffMarkdown(result, reportDiffVerdict(result));
  // The pipe is escaped so the cell holds; quotes stay quotes (no HTML entity in Markdown).
  expect(markdown).toContain('id "u\\|1" lacks usr_');
  expect(markdown).toContain('## Regressions (5)');
  expect(markdown).toContain('## New findings (2)');
  expect(markdown).toContain(`Replay: \`${schemaError.replay.command}\``);
  expect(markdown).toContain('**FAIL**: 2 changes fail');
  expect(markdown).toContain('| ✖ | new finding | `response_schema\\|error\\|201\\|-\\|valid/realistic` | error |');
  expect(markdown).toContain('none compared: no status has enough samples in both runs');
});

test('latency: the statuses compared are said, so "no shift" is never mistaken for "not measured"', () => {
  expect(diff(run([{ ...clean, ...latencies(100) }]), run([{ ...clean, ...latencies(110) }])).latencyCompared).toEqual(['201']);
  expect(diff(run([{ ...clean, ...latencies(100, 19) }]), run([{ ...clean, ...latencies(110) }])).latencyCompared).toEqual([]);
});

test('reading: anything but a conformance.json of this format is refused with one line naming the file', () => {
  const dir = scratchDir('report-diff-read');
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const valid = run([broken]);
  const rows: Array<[string, RegExp]> = [
    [file('text.json', 'not json'), /^head report .*text\.json: not JSON/],
    [file('array.json', '[]'), /not a conformance\.json \(no reportFormat field\)/],
    [file('future.json', JSON.stringify({ ...valid, reportFormat: 2 })), /reportFormat 2 is not supported; this report:diff reads reportFormat 1/],
    [
      file('broken.json', JSON.stringify({ ...valid, checks: [{ ...valid.checks[0], errors: '3' }] })),
      /not a valid conformance\.json: \/checks\/0\/errors must be number/,
    ],
    [
      file('no-counterexample.json', JSON.stringify({ ...valid, findings: [{ ...valid.findings[0], counterexample: undefined }] })),
      /\/findings\/0 must have required property 'counterexample'/,
    ],
    [join(dir, 'missing.json'), /cannot read the file \(ENOENT\)/],
  ];
  for (const [path, message] of rows) expect(() => readConformanceReport(path, 'head'), path).toThrow(message);
  expect(readConformanceReport(file('ok.json', JSON.stringify(valid)), 'base').summary).toEqual(JSON.parse(JSON.stringify(valid)));
});
