import type { Finding } from '../../vocabulary/Finding.ts';
import { findingKey } from '../../vocabulary/findingKey.ts';
import type { Minimisation, ReportedFinding } from '../../vocabulary/PropertyReport.ts';
import type { CaseOutcome } from '../casePipeline.ts';
import { compareFindings } from '../findingOrder.ts';
import type { PropertyScope } from '../PropertyScope.ts';
import { runUnshown } from '../ShowStep.ts';
import type { SuiteContext } from '../suiteContext.ts';
import type { Exploration } from './exploreValues.ts';
import type { PropertyProgress } from './PropertyProgress.ts';
import { reportedFinding } from './reportedFinding.ts';
import { shrinkPolicy } from './shrinkPolicy.ts';
import type { ValueSource } from './ValueSource.ts';

/**
 * The shrinking phase: each distinct finding of the exploration, most basic first (so that what is
 * shrunk within the budget is what a reader looks at first), replayed from its path and shrunk to
 * a minimal value that still shows that same finding (a fixed case is run again to confirm it),
 * when the shrink policy allows (each such finding a step of the running test); then assembled
 * for the report.
 */
export async function minimiseFindings<T>(
  { tally, firstShown }: Exploration,
  source: ValueSource<T>,
  execute: (value: T) => Promise<readonly CaseOutcome[]>,
  context: SuiteContext,
  scope: PropertyScope,
  progress: PropertyProgress,
): Promise<ReportedFinding[]> {
  const policy = shrinkPolicy(scope, context.config.replayPath);
  const show = scope.showStep ?? runUnshown;
  const shows = (key: string) => (f: Finding) => findingKey(f) === key;
  const found = [...tally.findingCounts].map(([key, occurrences]) => {
    const first = firstShown.get(key)!;
    return { key, occurrences, first, finding: first.outcomes.flatMap((o) => o.results.findings).find(shows(key))! };
  });
  found.sort((a, b) => compareFindings(a.finding, b.finding));
  const findings: ReportedFinding[] = [];
  for (const { key, occurrences, first, finding } of found) {
    const original = { outcomes: first.outcomes, path: source.pathOf(first.index) };
    const timedOut = first.outcomes.some((o) => o.exchange.timedOut === true && o.results.findings.some(shows(key)));
    const notAttempted = policy.whyNot(finding, { isError: first.isError, timedOut });
    progress.activity = `shrinking finding ${findings.length + 1} of ${tally.findingCounts.size}`;
    const reproduces = async (value: T) => {
      const outcomes = await execute(value);
      return outcomes.some((o) => o.results.findings.some(shows(key))) ? outcomes : undefined;
    };
    const minimal =
      notAttempted === undefined
        ? await show(`${source.fixed ? 'reproduce' : 'shrink'} ${answerOf(finding)}`, () => source.minimise(original.path, reproduces))
        : undefined;
    if (minimal !== undefined) policy.reproduced(finding);
    const minimisation: Minimisation =
      notAttempted !== undefined
        ? { outcome: 'not-attempted', why: notAttempted }
        : minimal === undefined
          ? { outcome: 'not-reproduced' }
          : { outcome: source.fixed ? 'reproduced' : 'shrunk' };
    findings.push(reportedFinding({ key, occurrences, chosen: minimal ?? original, minimisation, fixedCase: source.fixed }, context, scope));
  }
  return findings;
}

/** `positive_acceptance 200 (valid/realistic)`: a finding as a step's title names it. */
function answerOf(finding: Finding): string {
  return `${finding.check} ${finding.status ?? 'no response'}${finding.code === undefined ? '' : ` ${finding.code}`} (${finding.family})`;
}
