import type { Severity } from '../vocabulary/Finding.ts';
import type { SummaryFinding } from '../vocabulary/ConformanceSummary.ts';
import type { Effect } from './Effect.ts';
import type { ReportChangeKind } from './reportChangeRules.ts';

/** One behaviour difference between a base and a head conformance run. */
export interface ReportChange {
  readonly kind: ReportChangeKind;
  readonly effect: Effect;
  /** What changed: a check id, a finding key, an outcome (`409 conflict`), `201 p95`, `verdict`. */
  readonly subject: string;
  /** For checks and findings: the severity that is new (or gone). */
  readonly severity: Severity | undefined;
  /** The subject in the base run and in the head run, in words (`pass`, `12 errors in 60 cases`, `137 ms`). */
  readonly base: string;
  readonly head: string;
  /** One human sentence. */
  readonly message: string;
  /** True when this change alone makes `report:diff` exit 1. */
  readonly fails: boolean;
  /** For a new finding, the head run's (with its counterexample and replay); for a gone one, the base run's. */
  readonly finding: SummaryFinding | undefined;
}
