import type { ConformanceSummary } from '../reports/ConformanceSummary.ts';
import { cell, codeSpan } from '../reports/_internals/markdown.ts';

const MESSAGES_PER_CHECK = 3;

/**
 * The deviations of a run in a few lines, for an emulator's fidelity report: per failing check,
 * how many exchanges failed it and its distinct messages (the same user id in every message says
 * "same id every time"); then every documented outcome the run tried to provoke and never got
 * ("never 409"), and every undocumented status it got. Derived from conformance.json only.
 */
export function deviationsAtAGlance(summary: ConformanceSummary, targetName: string): string {
  const failing = summary.checks.filter((c) => c.errors > 0);
  const lines = failing.map((check) => {
    const messages = [...new Set(summary.findings.filter((f) => f.check === check.id && f.severity === 'error').map((f) => f.message))];
    const shown = messages.slice(0, MESSAGES_PER_CHECK).map((m) => `  - ${cell(m)}`);
    return [`- ${codeSpan(check.id)}: ${check.errors} of ${check.cases} exchanges fail it`, ...shown].join('\n');
  });
  const neverAnswered = summary.matrix.filter((r) => r.documented && r.observed === 0 && r.targeted > 0)
    .map((r) => `- never answered ${codeSpan(r.outcome)}, though ${r.targeted} case(s) called for it`);
  const undocumented = summary.matrix.filter((r) => !r.documented).map((r) => `- answered ${codeSpan(r.outcome)} ${r.observed}×, a status the spec does not document for this operation`);
  return [
    `## ${targetName}: deviations from the spec's semantics at a glance`,
    '',
    `Generated from this run's conformance.json (${summary.verdict.toUpperCase()}, ${summary.totals.cases} exchanges); the full report follows.`,
    '',
    ...(lines.length ? lines : ['- no check failed']),
    ...neverAnswered,
    ...undocumented,
    '',
  ].join('\n');
}
