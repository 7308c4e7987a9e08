import type { ConformanceSummary, MatrixRow, SummaryFinding } from '../vocabulary/ConformanceSummary.ts';
import { codeSpan, markdownText } from '../reporter/markdown.ts';

const MESSAGES_PER_CHECK = 3;

/**
 * The deviations of a run in a few lines, for an emulator's fidelity report: per failing check,
 * how many exchanges failed it and its distinct messages (the same user id in every message says
 * "same id every time"); then every documented outcome the run tried to provoke and never got
 * ("never 409"), and every answer outside the documented (status, code) pairs, saying what is
 * wrong with it: an undocumented status, or a documented one whose body lacks its `code`.
 * Derived from conformance.json only; plain Markdown text (no HTML entities).
 */
export function deviationsAtAGlance(summary: ConformanceSummary, targetName: string): string {
  const documentedStatuses = new Set(summary.matrix.filter((r) => r.documented).map((r) => r.status));
  const failing = summary.checks.filter((c) => c.errors > 0);
  const lines = failing.map((check) => {
    const errors = summary.findings.filter((f) => f.check === check.id && f.severity === 'error');
    const messages = [...new Set(errors.map((f) => explained(f, documentedStatuses)))];
    const shown = messages.slice(0, MESSAGES_PER_CHECK).map((m) => `  - ${markdownText(m)}`);
    return [`- ${codeSpan(check.id)}: ${check.errors} of ${check.cases} exchanges fail it`, ...shown].join('\n');
  });
  const neverAnswered = summary.matrix
    .filter((r) => r.documented && r.observed === 0 && r.targeted > 0)
    .map((r) => `- never answered ${codeSpan(r.outcome)}, though ${r.targeted} case(s) called for it`);
  const outsidePairs = summary.matrix.filter((r) => !r.documented).map((r) => `- ${outsideDocumented(r, documentedStatuses)}`);
  return [
    `## ${targetName}: deviations from the spec's semantics at a glance`,
    '',
    `Generated from this run's conformance.json (${summary.verdict.toUpperCase()}, ${summary.totals.cases} exchanges); the full report follows.`,
    '',
    ...(lines.length ? lines : ['- no check failed']),
    ...neverAnswered,
    ...outsidePairs,
    '',
  ].join('\n');
}

/**
 * A finding's message, plus what differs when the message alone hides it: "got 400; expected 400
 * with invalid_request" is about a body without `code`, and says so.
 */
function explained(finding: SummaryFinding, documentedStatuses: ReadonlySet<string>): string {
  const status = finding.status === undefined ? undefined : String(finding.status);
  const sameStatusExpected = status !== undefined && finding.message.includes(`expected ${status} with`);
  if (finding.code === undefined && sameStatusExpected && documentedStatuses.has(status)) {
    return `${finding.message} (the status is right: the ${status} body has no \`code\`)`;
  }
  return finding.message;
}

/** An observed answer that is no documented (status, code) pair, and what is wrong with it. */
function outsideDocumented(row: MatrixRow, documentedStatuses: ReadonlySet<string>): string {
  if (!documentedStatuses.has(row.status)) {
    return `answered ${codeSpan(row.outcome)} ${row.observed}×, a status the spec does not document for this operation`;
  }
  if (row.code === undefined) {
    return `answered ${codeSpan(row.status)} ${row.observed}× without a \`code\` in the body: ${row.status} is documented, but its error body must carry a code (see \`response_schema\`)`;
  }
  return `answered ${codeSpan(row.outcome)} ${row.observed}×: ${row.status} is documented, but the spec does not pair it with ${codeSpan(row.code)}`;
}
