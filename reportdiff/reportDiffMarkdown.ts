import { codeSpan, textCell } from '../reporter/markdown.ts';
import { findingSection } from '../reporter/findingSection.ts';
import { plural } from '../reporter/reportText.ts';
import { markdownCell } from '../vocabulary/markdownCell.ts';
import type { ReportDiff, RunIdentity } from './diffConformanceReports.ts';
import { latencyThresholdText } from './LatencyThresholds.ts';
import type { ReportChange } from './ReportChange.ts';
import type { Effect } from './Effect.ts';
import { REPORT_CHANGE_KINDS } from './reportChangeRules.ts';
import { verdictLine, type ReportDiffVerdict } from './reportDiffVerdict.ts';

const MAX_BODY_CHARS = 600;

// Sections in the order a reviewer wants them: what got worse first.
const SECTIONS: ReadonlyArray<{ effect: Effect; title: string }> = [
  { effect: 'regression', title: 'Regressions' },
  { effect: 'improvement', title: 'Improvements' },
  { effect: 'neutral', title: 'Other changes' },
];

/** `report-diff.md`, for a PR comment or `$GITHUB_STEP_SUMMARY`: the two runs, the gate, then the changes by effect. */
export function reportDiffMarkdown(diff: ReportDiff, verdict: ReportDiffVerdict): string {
  const newFindings = diff.changes.filter((c) => c.kind === 'finding-new' && c.finding);
  return [
    '# Report diff: `POST /v2/session/apps/{appID}/users`',
    '',
    '| | base | head |',
    '|---|---|---|',
    ...runRows(diff.base, diff.head),
    '',
    ...diff.notes.map((note) => `> ${textCell(note)}\n`),
    `**${verdict.fails ? 'FAIL' : 'PASS'}**: ${textCell(verdictLine(verdict).replace(/^(FAIL|PASS): /, ''))}`,
    '',
    ...(diff.changes.length === 0
      ? ['No behaviour change between the two runs.', '']
      : SECTIONS.flatMap(({ effect, title }) =>
          section(
            title,
            diff.changes.filter((c) => c.effect === effect),
          ),
        )),
    ...(newFindings.length > 0
      ? [`## New findings (${newFindings.length})`, '', ...newFindings.flatMap((c) => findingSection(c.finding!, MAX_BODY_CHARS))]
      : []),
    `Latency: ${latencyThresholdText(diff.thresholds, diff.latencyCompared)}. Exit 1 only on a new error finding or a check newly failing with errors (marked ✖).`,
    '',
  ].join('\n');
}

function runRows(base: RunIdentity, head: RunIdentity): string[] {
  const row = (name: string, show: (run: RunIdentity) => string) => `| ${name} | ${show(base)} | ${show(head)} |`;
  return [
    row('report', (r) => codeSpan(r.path)),
    row('verdict', (r) => `**${r.verdict.toUpperCase()}**`),
    row('run', (r) => textCell(r.run)),
    row('started', (r) => textCell(r.startedAt)),
    row('cases', (r) => `${r.cases} (${plural(r.properties, 'property', 'properties')})`),
  ];
}

function section(title: string, changes: readonly ReportChange[]): string[] {
  if (changes.length === 0) return [];
  return [
    `## ${title} (${changes.length})`,
    '',
    '| | change | subject | severity | base | head | detail |',
    '|---|---|---|---|---|---|---|',
    ...changes.map(
      (c) =>
        `| ${c.fails ? '✖' : ''} | ${REPORT_CHANGE_KINDS[c.kind]} | ${markdownCell(codeSpan(c.subject))} | ${c.severity ?? ''} | ${textCell(c.base)} | ${textCell(c.head)} | ${textCell(c.message)} |`,
    ),
    '',
  ];
}
