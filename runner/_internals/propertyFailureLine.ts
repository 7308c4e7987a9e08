import type { ReportedFinding } from '../../vocabulary/PropertyReport.ts';

/**
 * The one line a failing conformance test ends with: the findings that fail it by severity (a
 * warning fails a run only under CONFORMANCE_FAIL_ON=warning, and is still a warning, not a
 * nonconformance), then its causes in brief, most basic first as `failing` comes, each with the
 * cases it was seen in. One root cause tripping every property must not print the same
 * counterexample in each of them: the summary at the end of the run and the reports have them.
 */
export function propertyFailureLine(failing: readonly ReportedFinding[], cases: number): string {
  const errors = failing.filter((f) => f.severity === 'error').length;
  const warnings = failing.length - errors;
  const counts = [
    ...(errors > 0 ? [plural(errors, 'error finding')] : []),
    ...(warnings > 0 ? [`${plural(warnings, 'warning')} (failing under CONFORMANCE_FAIL_ON=warning)`] : []),
  ];
  return `${counts.join(' and ')} in ${plural(cases, 'case')}: ${causesInBrief(failing)} (in full: the summary at the end of the run, and the reports)`;
}

/** "positive_acceptance 200 in 20 cases, auth 401 invalid_api_token in 3 cases (warning)": a check's cases per answer, over its case families. */
function causesInBrief(findings: readonly ReportedFinding[]): string {
  const causes = new Map<string, { answer: string; cases: number; warning: boolean }>();
  for (const f of findings) {
    const answer = `${f.check} ${f.status ?? 'no response'}${f.code ? ` ${f.code}` : ''}`;
    const cause = causes.get(`${answer}|${f.severity}`) ?? { answer, cases: 0, warning: f.severity === 'warning' };
    causes.set(`${answer}|${f.severity}`, { ...cause, cases: cause.cases + f.occurrences });
  }
  return [...causes.values()].map(({ answer, cases, warning }) => `${answer} in ${plural(cases, 'case')}${warning ? ' (warning)' : ''}`).join(', ');
}

function plural(count: number, singular: string): string {
  return `${count} ${count === 1 ? singular : `${singular}s`}`;
}
