import { formatFindings } from './_internals/formatFindings.ts';
import type { CheckSummary, ConformanceSummary, SummaryFinding } from '../vocabulary/ConformanceSummary.ts';
import { causeMessage, causeTitle } from './_internals/groupCauses.ts';
import { paint, type Paint } from './_internals/paint.ts';
import { SEVERITY_STYLE } from './_internals/severityStyle.ts';
import { SEVERITIES } from '../vocabulary/Finding.ts';
import { fixedEntriesText, plural, verdictHeadline } from './reportText.ts';

/** Causes whose most basic finding is printed in full: a handful; the reports have every one. */
const IN_FULL = 3;
// A cause's message may open with what the answer is (a framework's default) before what was seen.
const MAX_MESSAGE_CHARS = 200;
/** The headline's colour by verdict: a pass is green, a fail red, anything else (nothing judged) yellow. */
const VERDICT_COLOURS: Readonly<Record<ConformanceSummary['verdict'], keyof Paint>> = {
  pass: 'green',
  fail: 'red',
  incomplete: 'yellow',
  plan: 'yellow',
  empty: 'yellow',
};

/**
 * What a run ends with on the console: the verdict; one line per cause (check, severity, answer →
 * findings and cases, what was seen), most basic first, warnings included; the checks that judged
 * nothing and why; then the most basic finding of the first few causes in full, and where the rest
 * are. One root cause stays a few lines, however many scenarios it trips. `colours`: the console's
 * (none by default; see `consoleMode`).
 */
export function consoleSummary(
  summary: ConformanceSummary,
  reportPath: string,
  replayFromReport?: (findingNumber: number) => string,
  colours: Paint = paint(false),
): string {
  const { causes, findings } = summary;
  const notExercised = summary.checks.filter((c) => c.notExercised !== undefined);
  const inFull = distinctCases(causes.map((c) => findings[c.firstFinding]!)).slice(0, IN_FULL);
  return [
    '',
    colours[VERDICT_COLOURS[summary.verdict]](`Conformance ${verdictHeadline(summary)}`),
    ...(findings.length > 0
      ? [
          `  ${SEVERITIES.flatMap((severity) => {
            const { called, colour } = SEVERITY_STYLE[severity];
            const these = findings.filter((f) => f.severity === severity);
            return these.length > 0 ? [`${colours[colour](plural(these.length, called))} from ${[...new Set(these.map((f) => f.check))].join(', ')}`] : [];
          }).join('; ')}`,
        ]
      : []),
    ...(causes.length > 0
      ? [
          '  by cause, most basic first:',
          ...causes.map(
            (c) => `    ${colours[SEVERITY_STYLE[c.severity].colour](SEVERITY_STYLE[c.severity].mark)} ${causeTitle(c)}: ${oneLine(causeMessage(c))}`,
          ),
        ]
      : []),
    ...fixedEntriesText(summary).map((line) => `  ${line}`),
    // A dry run or an empty selection judged nothing at all: its headline says so once.
    ...(notExercised.length > 0 && notExercised.length < summary.checks.length ? [`  not exercised: ${byReason(notExercised).join('; ')}`] : []),
    ...(inFull.length > 0
      ? [
          '',
          `The most basic ${inFull.length === 1 ? 'finding' : `${inFull.length} findings`} in full (one case each):`,
          '',
          inFull
            .map((f) => [formatFindings([f]), ...(replayFromReport ? [`  or:       ${replayFromReport(findings.indexOf(f) + 1)}`] : [])].join('\n'))
            .join('\n\n'),
          '',
          `All ${plural(findings.length, 'finding')}, each with its counterexample, replay and curl line, are in the report:`,
        ]
      : []),
    `  report: ${reportPath} (also conformance.md, conformance.json)`,
  ].join('\n');
}

/** The first finding of each case: two causes shown by the same counterexample are printed once. */
function distinctCases(findings: readonly SummaryFinding[]): SummaryFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const id = `${f.replay.command}\n${f.counterexample.request.body ?? ''}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** "app_state, auth (no case … judges); sdk_fidelity (…)": checks sharing a reason share it once. */
function byReason(checks: readonly CheckSummary[]): string[] {
  const reasons = new Map<string, string[]>();
  for (const c of checks) reasons.set(c.notExercised!, [...(reasons.get(c.notExercised!) ?? []), c.id]);
  return [...reasons].map(([reason, ids]) => `${ids.join(', ')} (${reason})`);
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= MAX_MESSAGE_CHARS ? flat : `${flat.slice(0, MAX_MESSAGE_CHARS)}…`;
}
