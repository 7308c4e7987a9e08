import { relative } from 'node:path';
import { markdownCell } from '../vocabulary/markdownCell.ts';
import type { SpecDiff, SpecVersion } from './diffCreateUserSpecs.ts';
import { classificationOf, type SpecDiffVerdict } from './specDiffVerdict.ts';

/** The report a PR or `$GITHUB_STEP_SUMMARY` shows: verdict first, then one row per change. */
export function specDiffMarkdown(diff: SpecDiff, verdict: SpecDiffVerdict): string {
  const lines = [
    '# Spec diff: `POST /v2/session/apps/{appID}/users`',
    '',
    '| | old | new |',
    '|---|---|---|',
    `| document | ${markdownCell(shortPath(diff.old))} | ${markdownCell(shortPath(diff.new))} |`,
    `| version | ${markdownCell(`${diff.old.title} ${diff.old.version}`)} | ${markdownCell(`${diff.new.title} ${diff.new.version}`)} |`,
    `| sha256 | \`${diff.old.sha256.slice(0, 12)}\` | \`${diff.new.sha256.slice(0, 12)}\` |`,
    '',
    `**${verdict.fails ? 'FAIL' : 'PASS'}** (\`--fail-on ${verdict.failOn}\`): ${summaryLine(verdict)}`,
    '',
  ];
  if (diff.changes.length === 0) return [...lines, 'No change to this operation.', ''].join('\n');
  lines.push('| # | classification | rule | change | pointer |', '|---|---|---|---|---|');
  diff.changes.forEach((change, i) => {
    lines.push(
      `| ${i + 1} | ${classificationOf(change)} | \`${change.rule}\` | ${markdownCell(change.message)} | \`${change.pointer}\` (${change.document}) |`,
    );
  });
  lines.push('', 'Clients: existing clients talking to a server on the new version. Servers: existing servers answering clients of the new version.', '');
  return lines.join('\n');
}

/** `3 changes: 2 breaking for clients, 1 breaking for servers, 0 compatible`. */
export function summaryLine(verdict: SpecDiffVerdict): string {
  return `${verdict.changes} change${verdict.changes === 1 ? '' : 's'}: ${verdict.breakingForClients} breaking for clients, ${verdict.breakingForServers} breaking for servers, ${verdict.compatible} compatible`;
}

function shortPath(version: SpecVersion): string {
  const local = relative(process.cwd(), version.path);
  return local.startsWith('..') ? version.path : local;
}
