import type { Finding } from '../../vocabulary/Finding.ts';
import { findingKey } from '../../vocabulary/findingKey.ts';
import type { CaseOutcome } from '../casePipeline.ts';
import type { ProgressRecord } from '../progressRecord.ts';

/** Counts for the progress line: values run, cases judged, distinct findings by severity. */
export class PropertyProgress {
  activity = 'exploring';
  #valuesDone = 0;
  #cases = 0;
  readonly #findings = new Map<string, Finding['severity']>();

  /** `total` counts generated values (a case, or a scenario of several requests). */
  constructor(readonly total: number) {}

  done(outcomes: readonly CaseOutcome[]): readonly CaseOutcome[] {
    this.#valuesDone++;
    this.#cases += outcomes.length;
    for (const finding of outcomes.flatMap((o) => o.results.findings)) this.#findings.set(findingKey(finding), finding.severity);
    return outcomes;
  }

  snapshot(property: string): ProgressRecord {
    const severities = [...this.#findings.values()];
    return {
      property,
      activity: this.activity,
      valuesDone: this.#valuesDone,
      total: this.total,
      cases: this.#cases,
      errorFindings: severities.filter((s) => s === 'error').length,
      warningFindings: severities.filter((s) => s === 'warning').length,
      noteFindings: severities.filter((s) => s === 'note').length,
    };
  }
}
