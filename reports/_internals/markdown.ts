import { escapeHtml } from './escapeHtml.ts';

// Markdown built from target-controlled text must not break out of its table cell, code span
// or code block (GitHub renders inline HTML, so HTML is escaped too).

/** Text inside a table cell: no pipe or newline may end the cell, no HTML may render. */
export function cell(text: string): string {
  return escapeHtml(text).replaceAll('|', '\\|').replace(/\r?\n/g, ' ');
}

/** An inline code span that holds any text, backticks included. */
export function codeSpan(text: string): string {
  const fence = '`'.repeat(longestRun(text, '`') + 1);
  const padded = text.startsWith('`') || text.endsWith('`') ? ` ${text} ` : text;
  return `${fence}${padded.replace(/\r?\n/g, ' ')}${fence}`;
}

/** A fenced block that no line of `text` can close early. */
export function codeBlock(text: string, language = ''): string {
  const fence = '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
  return `${fence}${language}\n${text}\n${fence}`;
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  let current = 0;
  for (const c of text) {
    current = c === char ? current + 1 : 0;
    longest = Math.max(longest, current);
  }
  return longest;
}
