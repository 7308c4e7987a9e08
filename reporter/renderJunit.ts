import type { CheckSummary, ConformanceSummary, SummaryFinding, TestWithoutOutcome } from '../vocabulary/ConformanceSummary.ts';
import { escapeXml } from './_internals/escapeXml.ts';
import { formatFindings } from './_internals/formatFindings.ts';
import { SEVERITY_STYLE } from './_internals/severityStyle.ts';
import { failsRun, type FailOn } from '../vocabulary/Finding.ts';
import { baselineTag, findingOutcome, plural, runLine, verdictHeadline } from './reportText.ts';
import { verdictExitCode } from './verdictExitCode.ts';

/** What the JUnit file needs besides the summary: where it is written, and how a finding is replayed there. */
export interface JunitOptions {
  /** The host the reports were written on (the merging host, for merged shards). */
  readonly hostname: string;
  /** The command that replays finding `n` (numbered from 1, as every report numbers them). */
  readonly replayCommand: (findingNumber: number) => string;
}

/** A test case's one result element; none means it passed. The strict schema allows one per case. */
type CaseResult =
  | { readonly kind: 'failure' | 'error'; readonly type: string; readonly message: string; readonly details: string }
  | { readonly kind: 'skipped'; readonly message: string };

interface JunitCase {
  readonly classname: string;
  readonly name: string;
  readonly result?: CaseResult;
}

/**
 * `junit.xml`, written from the summary (the data of conformance.json), so a merged sharded run
 * writes the same file as one run. Valid against the common (Ant/Jenkins) JUnit schema, which
 * allows one failure per test case: each finding that fails the run is a failing test case of its
 * own, named after its check, severity, answer and case family (stable from run to run, so CI
 * keeps its history), carrying its message, counterexample, replay command and curl line; a check
 * with no failing finding is one passing test case named by its id; a check that judged nothing is
 * skipped with why, and so is a check skipped in part. Warnings that do not fail the run are not
 * failures (CI would mark the build failed or unstable for a run that exits 0): they are listed
 * in the suite's `system-out`. A test that ended without its outcome is an `error`.
 */
export function renderJunit(summary: ConformanceSummary, options: JunitOptions): string {
  const failOn = summary.run.metadata?.failOn ?? 'error';
  const failing = summary.findings
    .map((finding, index) => ({ finding, number: index + 1 }))
    .filter(({ finding }) => failsRun(finding.severity, failOn) && finding.baseline?.status !== 'known');
  const checkIds = new Set(summary.checks.map((c) => c.id));
  const cases: JunitCase[] = [
    ...summary.checks.flatMap((check) =>
      checkCases(
        check,
        failing.filter(({ finding }) => finding.check === check.id),
        options,
      ),
    ),
    // A finding of a check outside the catalogue and the tallies is still a failure, never dropped.
    ...failing.filter(({ finding }) => !checkIds.has(finding.check)).map(({ finding, number }) => findingCase(finding, number, options)),
    ...partlySkippedCases(summary),
    ...summary.testsWithoutOutcome.map(testCase),
  ];
  const count = (kind: CaseResult['kind']) => cases.filter((c) => c.result?.kind === kind).length;
  const suite = attributes({
    name: summary.run.operation,
    package: 'create-user-conformance',
    id: '0',
    // The schema's dateTime has no fraction and no zone: the run's start in UTC.
    timestamp: summary.run.startedAt.slice(0, 19),
    hostname: options.hostname || 'localhost',
    tests: String(cases.length),
    failures: String(count('failure')),
    errors: String(count('error')),
    skipped: String(count('skipped')),
    time: seconds(summary.run.durationMs),
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<testsuites>',
    `  <testsuite ${suite}>`,
    '    <properties>',
    ...runProperties(summary).map(([name, value]) => `      <property ${attributes({ name, value })}/>`),
    '    </properties>',
    ...cases.map(caseElement),
    `    <system-out>${escapeXml(systemOut(summary, failOn, options), 'text')}</system-out>`,
    '    <system-err></system-err>',
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

function checkCases(check: CheckSummary, failing: readonly { finding: SummaryFinding; number: number }[], options: JunitOptions): JunitCase[] {
  if (failing.length > 0) return failing.map(({ finding, number }) => findingCase(finding, number, options));
  const classname = `conformance.${check.id}`;
  return [
    check.notExercised === undefined ? { classname, name: check.id } : { classname, name: check.id, result: { kind: 'skipped', message: check.notExercised } },
  ];
}

function findingCase(finding: SummaryFinding, number: number, options: JunitOptions): JunitCase {
  return {
    classname: `conformance.${finding.check}`,
    name: `${finding.check} (${finding.severity}) · ${findingOutcome(finding)} · ${finding.family}`,
    result: {
      kind: 'failure',
      type: `${finding.check} (${finding.severity})`,
      message: finding.message,
      details: [formatFindings([finding]), `  or:       ${options.replayCommand(number)}`, `  properties: ${finding.properties.join(', ')}`].join('\n'),
    },
  };
}

/**
 * What a check that did judge cases could not judge here (no disabled app known, a phase left out:
 * `*`), one skipped case per check with its reasons. A check that judged nothing already says why.
 */
function partlySkippedCases(summary: ConformanceSummary): JunitCase[] {
  const notExercised = new Set(summary.checks.filter((c) => c.notExercised !== undefined).map((c) => c.id));
  const reasons = new Map<string, string[]>();
  for (const { check, reason } of summary.skippedChecks.filter((s) => !notExercised.has(s.check))) {
    const known = reasons.get(check) ?? [];
    if (!known.includes(reason)) reasons.set(check, [...known, reason]);
  }
  return [...reasons].map(([check, why]) =>
    check === '*'
      ? { classname: 'conformance', name: 'properties skipped', result: { kind: 'skipped', message: why.join(' ') } }
      : { classname: `conformance.${check}`, name: `${check} (partly skipped)`, result: { kind: 'skipped', message: why.join(' ') } },
  );
}

/** A test with no property outcome: skipped as Playwright skipped it, or an error (crash, timeout) that left the run incomplete. */
function testCase(test: TestWithoutOutcome): JunitCase {
  const message = test.error?.split('\n')[0] ?? `the test ended ${test.status} without its outcome`;
  return {
    classname: 'conformance.tests',
    name: test.title,
    result: test.status === 'skipped' ? { kind: 'skipped', message } : { kind: 'error', type: test.status, message, details: test.error ?? message },
  };
}

/** What identifies the run, for a CI viewer's "properties" tab. */
function runProperties(summary: ConformanceSummary): [string, string][] {
  const meta = summary.run.metadata;
  return [
    ['verdict', summary.verdict],
    ['exitCode', String(verdictExitCode(summary))],
    ['seed', String(summary.run.seed ?? 'unknown')],
    ['operation', summary.run.operation],
    ['specSha256', summary.run.specUsedForMatrix.sha256],
    ...(meta
      ? ([
          ['failOn', meta.failOn],
          ['target', meta.target.url],
          ['targetKind', meta.target.kind],
          ['spec', `${meta.spec.title} ${meta.spec.version}`],
          ['suiteVersion', meta.suiteVersion],
          ['runId', meta.runId],
        ] satisfies [string, string][])
      : []),
  ];
}

/** The verdict and the run, then the warnings and notes that do not fail it: seen in CI, never a failure. */
function systemOut(summary: ConformanceSummary, failOn: FailOn, options: JunitOptions): string {
  const warnings = summary.findings
    .map((finding, index) => ({ finding, number: index + 1 }))
    .filter(({ finding }) => !failsRun(finding.severity, failOn) || finding.baseline?.status === 'known');
  return [
    `Conformance ${verdictHeadline(summary)}`,
    runLine(summary),
    ...(warnings.length > 0
      ? [
          '',
          `${plural(warnings.length, 'finding')} not failing the run (known to the baseline; or a warning, which --fail-on warning makes a failing test case; or a note, which never fails):`,
          ...warnings.map(
            ({ finding, number }) =>
              `  ${SEVERITY_STYLE[finding.severity].mark} ${finding.check} (${finding.severity})${baselineTag(finding.baseline)} · ${findingOutcome(finding)} · ${finding.family}: ${finding.message} (${plural(finding.occurrences, 'case')}); replay: ${options.replayCommand(number)}`,
          ),
        ]
      : []),
    '',
  ].join('\n');
}

function caseElement(c: JunitCase): string {
  const open = `    <testcase ${attributes({ classname: c.classname, name: c.name, time: '0' })}`;
  return c.result === undefined ? `${open}/>` : `${open}>\n      ${resultElement(c.result)}\n    </testcase>`;
}

// `type` is required on failure and error, and not allowed on skipped.
function resultElement(result: CaseResult): string {
  return result.kind === 'skipped'
    ? `<skipped ${attributes({ message: result.message })}/>`
    : `<${result.kind} ${attributes({ message: result.message, type: result.type })}>${escapeXml(result.details, 'text')}</${result.kind}>`;
}

function attributes(values: Readonly<Record<string, string>>): string {
  return Object.entries(values)
    .map(([name, value]) => `${name}="${escapeXml(value, 'attribute')}"`)
    .join(' ');
}

/** Seconds with millisecond precision, the schema's decimal. */
function seconds(ms: number): string {
  return (Math.max(0, ms) / 1000).toFixed(3);
}
