import { markdownCell } from '../vocabulary/markdownCell.ts';
import type { Check } from './Check.ts';

/**
 * docs/checks.md: the check catalogue as the checks declare themselves (id, severity, source,
 * rule), so the page is generated, never kept by hand (`npm run docs:generate`; tested equal).
 */
export function checkCatalogueMarkdown(checks: readonly Check[]): string {
  return [
    '# The checks',
    '',
    'Generated from the check catalogue (`checks/allChecks.ts`) by `npm run docs:generate`; a test keeps it equal.',
    'Every response goes through every check that applies to it; ids are stable (CI parses them).',
    "`error` means the spec says so; `warning` means the spec's prose or a profile assumption; `note` records a spec gap the target cannot close, and never fails a run. `--severity check=level` (or the profile's `severity`) sets any check to `error`, `warning` or `off`; the reports list every change.",
    '',
    '| check | severity | source | what it means |',
    '|---|---|---|---|',
    ...checks.map((c) => `| \`${c.id}\` | ${c.severity} | ${markdownCell(c.source)} | ${markdownCell(c.explanation)} |`),
    '',
  ].join('\n');
}
