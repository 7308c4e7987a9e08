import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { diffConformanceReports } from './diffConformanceReports.ts';
import { DEFAULT_LATENCY_THRESHOLDS, latencyThresholdText, type LatencyThresholds } from './LatencyThresholds.ts';
import { readConformanceReport, ReportInputError } from './readConformanceReport.ts';
import { REPORT_CHANGE_KINDS } from './reportChangeRules.ts';
import { reportDiffMarkdown } from './reportDiffMarkdown.ts';
import { reportDiffVerdict, verdictLine } from './reportDiffVerdict.ts';
import type { CommandIO } from '../vocabulary/CommandIO.ts';
import { EXIT_CODES } from '../vocabulary/exitCodes.ts';

const USAGE = `Usage: npm run report:diff -- [options] <base conformance.json> <head conformance.json>
   or: create-user-conformance report-diff [options] <base> <head>

Compares two conformance runs of POST /v2/session/apps/{appID}/users: checks newly failing or
fixed, findings new or gone, statuses/codes newly observed or no longer provoked, latency shifts,
verdict. Says so when the runs used different spec documents. Writes report-diff.md and
report-diff.json to the report directory (CONFORMANCE_REPORT_DIR, default reports/).

  --latency-relative <R>       minimum relative latency change, 0.5 = 50 % (default ${DEFAULT_LATENCY_THRESHOLDS.relative})
  --latency-absolute-ms <MS>   minimum latency change in ms (default ${DEFAULT_LATENCY_THRESHOLDS.absoluteMs})
  --latency-min-samples <N>    samples of a status each run needs for its latency to be compared (default ${DEFAULT_LATENCY_THRESHOLDS.minSamples})
  --help                       this text

A latency shift is reported only when it passes both minimums; it never fails the command.
Exit codes: ${EXIT_CODES.passed} no new error finding; ${EXIT_CODES.findings} a new error-severity finding, or a check newly failing with
errors; ${EXIT_CODES.configuration} unreadable or invalid input (not JSON, not a conformance.json, another reportFormat) or
bad arguments.`;

// ✖ is kept for the changes that fail the command.
const MARKS = { regression: '!', improvement: '✓', neutral: '·' } as const;

function parseAndDiff(argv: readonly string[], io: CommandIO): number {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      'latency-relative': { type: 'string' },
      'latency-absolute-ms': { type: 'string' },
      'latency-min-samples': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    io.out(USAGE);
    return EXIT_CODES.passed;
  }
  const thresholds: LatencyThresholds = {
    relative: numberOption('--latency-relative', values['latency-relative'], DEFAULT_LATENCY_THRESHOLDS.relative),
    absoluteMs: numberOption('--latency-absolute-ms', values['latency-absolute-ms'], DEFAULT_LATENCY_THRESHOLDS.absoluteMs),
    minSamples: numberOption('--latency-min-samples', values['latency-min-samples'], DEFAULT_LATENCY_THRESHOLDS.minSamples),
  };
  if (positionals.length !== 2) throw new ReportInputError(`expected two conformance.json files (base and head), got ${positionals.length}`);
  const [basePath, headPath] = positionals as [string, string];
  const base = readConformanceReport(basePath, 'base');
  const head = readConformanceReport(headPath, 'head');

  const diff = diffConformanceReports(base, head, thresholds);
  const verdict = reportDiffVerdict(diff);
  const reportDir = io.reportDir();
  mkdirSync(reportDir, { recursive: true });
  const markdownPath = join(reportDir, 'report-diff.md');
  const jsonPath = join(reportDir, 'report-diff.json');
  writeFileSync(markdownPath, reportDiffMarkdown(diff, verdict));
  writeFileSync(jsonPath, `${JSON.stringify({ operation: 'POST /v2/session/apps/{appID}/users', verdict, ...diff }, null, 2)}\n`);

  io.out(`report:diff ${basePath} (${diff.base.verdict}) → ${headPath} (${diff.head.verdict})`);
  for (const note of diff.notes) io.out(`  note: ${note}`);
  for (const change of diff.changes) {
    io.out(`  ${change.fails ? '✖' : MARKS[change.effect]} ${REPORT_CHANGE_KINDS[change.kind].padEnd(32)} ${change.message}`);
    if (change.kind === 'finding-new' && change.finding) io.out(`    ${' '.repeat(32)} replay: ${change.finding.replay.command}`);
  }
  if (diff.changes.length === 0) io.out('  no behaviour change');
  io.out(`  latency: ${latencyThresholdText(thresholds, diff.latencyCompared)}`);
  io.out(`Reports: ${shortPath(markdownPath, io.cwd)}, ${shortPath(jsonPath, io.cwd)}`);
  io.out(verdictLine(verdict) + (verdict.fails ? ` (exit ${EXIT_CODES.findings})` : ''));
  return verdict.fails ? EXIT_CODES.findings : EXIT_CODES.passed;
}

function numberOption(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed) || parsed < 0) throw new ReportInputError(`${flag} must be a number ≥ 0, got "${value}"`);
  return parsed;
}

function shortPath(path: string, cwd: string): string {
  const local = relative(cwd, path);
  return local.startsWith('..') ? path : local;
}

/**
 * `npm run report:diff -- [options] <base> <head>`: the exit code (0 no new error finding, 1 a
 * regression that fails, 2 unreadable or invalid input or bad arguments). Bad input is one line on
 * `err`, never a stack trace; anything else is a bug and is thrown with its trace.
 */
export function reportDiffCommand(argv: readonly string[], io: CommandIO): number {
  try {
    return parseAndDiff(argv, io);
  } catch (error) {
    const isInputError = error instanceof ReportInputError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (!isInputError) throw error;
    io.err(`report:diff: ${(error as Error).message}${error instanceof ReportInputError ? '' : ' (see --help)'}`);
    return EXIT_CODES.configuration;
  }
}
