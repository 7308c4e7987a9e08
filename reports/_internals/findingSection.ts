import type { SummaryFinding } from '../ConformanceSummary.ts';
import { escapeHtml } from './escapeHtml.ts';
import { cell, codeBlock, codeSpan } from './markdown.ts';
import { exchangeText, findingOutcome } from './reportText.ts';

/** One finding as a collapsed Markdown section: title, minimal counterexample, replay and curl. */
export function findingSection(finding: SummaryFinding, maxBodyChars: number): string[] {
  const { request, response } = exchangeText(finding.counterexample, maxBodyChars);
  const title = `${finding.check} (${finding.severity}) · ${findingOutcome(finding)} · ${finding.family}: ${finding.message}`;
  return [
    `<details><summary>${escapeHtml(title.replace(/\s+/g, ' '))} — ${finding.occurrences}×</summary>`,
    '',
    `Minimal counterexample${finding.shrunk ? ' (shrunk)' : ' (not shrunk: did not reproduce on replay)'}; properties: ${cell(finding.properties.join(', '))}${finding.specPointer ? `; spec ${codeSpan(finding.specPointer)}` : ''}.`,
    '',
    codeBlock(request, 'http'),
    '',
    codeBlock(response, 'http'),
    '',
    `Replay: ${codeSpan(finding.replay.command)}`,
    '',
    `curl: ${codeSpan(finding.replay.curl)}`,
    '',
    '</details>',
    '',
  ];
}
