import { minimisationText } from '../minimisationText.ts';
import { SEVERITY_STYLE } from './severityStyle.ts';
import { baselineTag, plural, requestIdText } from '../reportText.ts';
import type { ReferenceEvidence, ReportedFinding } from '../../vocabulary/PropertyReport.ts';
import type { SummaryFinding } from '../../vocabulary/ConformanceSummary.ts';

/**
 * A finding in full, as a user reads it: per finding, the check, what is wrong, the minimal
 * counterexample (request and response, token redacted), and how to replay it. `cases` is the
 * property's case count ("seen in 3 of 20 cases"); without it, the count stands alone.
 */
export function formatFindings(findings: readonly (ReportedFinding & Pick<SummaryFinding, 'baseline'>)[], cases?: number): string {
  return findings
    .map((f) => {
      const { request, response, failure } = f.counterexample;
      const lines = [
        `${SEVERITY_STYLE[f.severity].mark} ${f.check} (${f.severity}) in ${f.family}${baselineTag(f.baseline)}: ${f.message}`,
        `  request:  ${request.method} ${request.url}${withIds(requestIdText(request.trace))}`,
        ...(request.body === undefined ? [] : [`            ${request.body}`]),
        response ? `  response: ${response.status} ${response.body}` : `  response: none (${failure ?? 'no response'})`,
        `  seen in ${cases === undefined ? plural(f.occurrences, 'case') : `${f.occurrences} of ${plural(cases, 'case')}`}; ${minimisationText(f)}`,
        ...(f.specPointer ? [`  spec:     ${f.specPointer}`] : []),
        `  replay:   ${f.replay.command}`,
        ...(f.scenario
          ? [
              '  steps (each with its curl line; the replay command re-runs them all):',
              ...f.scenario.flatMap((s) => [`    ${s.label} → ${s.answer}${withIds(requestIdText(s.trace, false))}`, `      ${s.request}`, `      ${s.curl}`]),
            ]
          : [`  curl:     ${f.replay.curl}`]),
        ...(f.reference ? referenceLines(f.reference) : []),
      ];
      return lines.join('\n');
    })
    .join('\n\n');
}

/** The reference's side of a `differential` finding: its answer to that step, or its steps. */
function referenceLines(reference: ReferenceEvidence): string[] {
  const { counterexample, curl, scenario } = reference;
  const response = counterexample?.response;
  return [
    `  reference ${reference.url}${withIds(requestIdText(counterexample?.request.trace))}:`,
    counterexample === undefined
      ? '    had no such step'
      : response
        ? `    response: ${response.status} ${response.body}`
        : `    response: none (${counterexample.failure ?? 'no response'})`,
    ...(scenario ? ['    steps:', ...scenario.flatMap((s) => [`      ${s.label} → ${s.answer}`, `        ${s.curl}`])] : curl ? [`    curl:     ${curl}`] : []),
  ];
}

/** " (X-Request-ID: …; trace …)" after a request line, so the finding can be looked up in the target's logs. */
function withIds(text: string | undefined): string {
  return text === undefined ? '' : ` (${text})`;
}
