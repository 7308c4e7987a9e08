import type { SummaryFinding } from '../vocabulary/ConformanceSummary.ts';
import { minimisationText } from './minimisationText.ts';
import { codeBlock, codeSpan, markdownText, textCell } from './markdown.ts';
import { baselineTag, exchangeText, findingOutcome, plural, requestIdText } from './reportText.ts';

/** One finding as a collapsed Markdown section: title, minimal counterexample, replay and curl. */
export function findingSection(finding: SummaryFinding, maxBodyChars: number): string[] {
  const { request, response } = exchangeText(finding.counterexample, maxBodyChars);
  const title = `${finding.check} (${finding.severity}) · ${findingOutcome(finding)} · ${finding.family}${baselineTag(finding.baseline)}: ${finding.message}`;
  const ids = requestIdText(finding.counterexample.request.trace);
  return [
    `<details><summary>${markdownText(title.replace(/\s+/g, ' '))} — ${plural(finding.occurrences, 'case')}</summary>`,
    '',
    `Counterexample (${minimisationText(finding)}); properties: ${textCell(finding.properties.join(', '))}${finding.specPointer ? `; spec ${codeSpan(finding.specPointer)}` : ''}.`,
    '',
    ...(ids === undefined ? [] : [`In the target's logs: ${codeSpan(ids)}.`, '']),
    codeBlock(request, 'http'),
    '',
    codeBlock(response, 'http'),
    '',
    `Replay: ${codeSpan(finding.replay.command)}`,
    '',
    `curl: ${codeSpan(finding.replay.curl)}`,
    '',
    ...(finding.reference ? referenceSide(finding.reference, maxBodyChars) : []),
    '</details>',
    '',
  ];
}

/** A differential finding's other side: what the reference answered to the same step. */
function referenceSide(reference: NonNullable<SummaryFinding['reference']>, maxBodyChars: number): string[] {
  if (reference.counterexample === undefined) return [`The reference ${codeSpan(reference.url)} had no such step.`, ''];
  const { response } = exchangeText(reference.counterexample, maxBodyChars);
  return [
    `The reference ${codeSpan(reference.url)} answered the same step:`,
    '',
    codeBlock(response, 'http'),
    '',
    ...(reference.curl ? [`curl (reference): ${codeSpan(reference.curl)}`, ''] : []),
  ];
}
