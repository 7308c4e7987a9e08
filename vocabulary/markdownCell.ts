/**
 * Text as one cell of a Markdown (GFM) table: a pipe would end the cell and a line ending (LF,
 * CRLF or a lone CR) the row, so pipes are escaped, also inside a code span (GFM splits the row
 * before it reads code spans, and shows `\|` there as `|`), and line endings become spaces.
 * Nothing else is touched: the generated docs put `<br>` and `<placeholders>` in code spans in
 * their cells, so text a target or a document controls is first made safe as prose by the
 * writer of that report (`markdownText` in reporter/markdown.ts), then made a cell.
 */
export function markdownCell(text: string): string {
  return text.replaceAll('|', '\\|').replace(/\r\n?|\n/g, ' ');
}
