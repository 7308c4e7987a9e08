/** The page's only styling, inline: the report must open from a CI artifact with no network. */
export const HTML_STYLE = `
:root { color-scheme: light; --fail: #b42318; --pass: #067647; --warn: #b54708; --muted: #5d6b82; --line: #d9dee7; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2433; background: #f6f7f9; }
main { max-width: 1180px; margin: 0 auto; padding: 24px; }
header.verdict { padding: 18px 22px; border-radius: 10px; color: #fff; margin-bottom: 12px; }
header.verdict h1 { margin: 0; font-size: 22px; }
header.verdict p { margin: 4px 0 0; opacity: .92; }
.pass { background: var(--pass); } .fail { background: var(--fail); } .incomplete { background: var(--warn); } .plan, .empty { background: var(--muted); }
section { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 16px 20px; margin: 14px 0; overflow-x: auto; }
h2 { font-size: 17px; margin: 0 0 10px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 5px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: 13px; color: var(--muted); font-weight: 600; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.never td { color: var(--warn); } tr.undocumented td { color: var(--fail); }
.bad { color: var(--fail); font-weight: 600; } .warnc { color: var(--warn); font-weight: 600; }
code, pre { font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
pre { background: #f1f3f6; border: 1px solid var(--line); border-radius: 6px; padding: 10px; white-space: pre-wrap; word-break: break-all; margin: 6px 0; }
details { border-top: 1px solid var(--line); padding: 8px 0; }
details > summary { cursor: pointer; }
summary, details > p { overflow-wrap: anywhere; }
.sev { display: inline-block; border-radius: 4px; padding: 0 6px; color: #fff; font-size: 12px; font-weight: 600; }
.sev.error { background: var(--fail); } .sev.warning { background: var(--warn); }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0; }
dt { color: var(--muted); } dd { margin: 0; word-break: break-all; }
.muted { color: var(--muted); }
h3 { font-size: 13px; color: var(--muted); margin: 8px 0 0; font-weight: 600; }
.exchange { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
.exchange > div { min-width: 0; }
a { color: inherit; }
.copyhead { display: flex; align-items: flex-end; justify-content: space-between; gap: 8px; }
button.copy { font: 600 12px system-ui, sans-serif; padding: 2px 10px; border: 1px solid var(--line); border-radius: 4px; background: #fff; color: #1d2433; cursor: pointer; }
/* A phone (390 px): one column; the tables a reader reads row by row become one block per row, each
   number labelled as its header would; the others (matrix, latency) scroll inside their section. */
@media (max-width: 640px) {
  main { padding: 10px; }
  section { padding: 12px 14px; }
  header.verdict { padding: 14px 16px; }
  .exchange { grid-template-columns: 1fr; }
  table.stack thead { display: none; }
  table.stack tr { display: block; padding: 6px 0; border-bottom: 1px solid var(--line); }
  table.stack td { display: block; border: 0; padding: 1px 0; text-align: left; }
  table.stack td.n { display: inline-block; margin-right: 14px; }
  table.stack td.n::before { content: attr(data-label) " "; color: var(--muted); font-weight: 400; }
}
`;
