import { markdownCell } from '../vocabulary/markdownCell.ts';

// Markdown built from target-controlled text must not break out of its table cell, code span
// or code block (GitHub renders inline HTML, so tags are escaped too).

/**
 * Text in Markdown prose: no tag may render, and nothing else is touched, so the raw file reads
 * as the message does (quotes stay quotes, never `&#39;`). Escaping `<` and `>` suffices: without
 * them no HTML element or comment can start, and an entity a target sends only renders as text.
 */
export function markdownText(text: string): string {
  return text.replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * Target-controlled text in a table cell, or anywhere a report needs it on one line: no HTML may
 * render (`markdownText`), no pipe or line ending may end the cell (`markdownCell`).
 */
export function textCell(text: string): string {
  return markdownCell(markdownText(text));
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
