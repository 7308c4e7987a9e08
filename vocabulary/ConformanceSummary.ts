import type { ReferenceFindingTally, ReportedFinding, RunMetadata, SkippedCheck } from './PropertyReport.ts';

/**
 * `pass`: no failing finding and every conformance test completed. `fail`: at least one error
 * finding (or any finding with `CONFORMANCE_FAIL_ON=warning`). `incomplete`: nothing failing,
 * but a test ended without its outcome (crash, timeout) or no property ran. `plan`: a dry run
 * (`CONFORMANCE_DRY_RUN=1`), which sent nothing. `empty`: the selection (`-g`, a file filter, a
 * shard) matched no conformance test. Neither of the last two judged anything, so neither is a pass.
 */
export type Verdict = 'pass' | 'fail' | 'incomplete' | 'plan' | 'empty';

/** One catalogue check's tallies over the whole run. */
export interface CheckSummary {
  readonly id: string;
  readonly description: string;
  readonly cases: number;
  /** Cases it applied to without any finding. */
  readonly passes: number;
  readonly errors: number;
  readonly warnings: number;
  /** Spec gaps recorded: never failing. */
  readonly notes: number;
  /** Set for a check of the run's `--checks-module` (not one of the suite's own). */
  readonly custom?: true;
  /** Set when the check judged no case (`cases` 0): why, so "0 of 0" never reads as passing. */
  readonly notExercised?: string;
}

/** One row of the (status, code) matrix: documented rows first, then anything else observed. */
export interface MatrixRow {
  /** A status (`"201"`) or `"<status> <code>"`, as the runner counts them. */
  readonly outcome: string;
  readonly status: string;
  readonly code: string | undefined;
  readonly documented: boolean;
  readonly observed: number;
  /** Cases whose expectation named this outcome. */
  readonly targeted: number;
  /** For a documented outcome never observed: why. */
  readonly neverProvokedBecause: string | undefined;
}

export interface LatencySummary {
  readonly status: string;
  readonly count: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

/** A finding deduplicated across properties. */
export interface SummaryFinding extends ReportedFinding {
  readonly properties: readonly string[];
  /**
   * Against a baseline (`--baseline`), for a finding that would fail the run: `known` (accepted:
   * it does not fail it), `expired` (its entry expired: it fails again) or `new`.
   */
  readonly baseline?: { readonly status: 'known' | 'expired' | 'new'; readonly reason?: string; readonly expires?: string };
}

/** How a run compared with its baseline. */
export interface BaselineSummary {
  readonly file: string;
  readonly entries: number;
  readonly known: number;
  readonly new: number;
  readonly expired: number;
  /** Entries no finding of this run matched, though the run could have shown them: remove them. */
  readonly fixed: readonly { readonly key: string; readonly reason: string }[];
  /** Entries this run could not have shown (their properties or checks did not run): neither seen nor fixed. */
  readonly notChecked: number;
}

/**
 * The findings of one cause: one answer (status, code, body shape), whichever checks it breaks and
 * whichever case families showed it. A framework's error body tripping three checks in every
 * invalid request is one line here, not one per check and scenario (`groupCauses` says what is
 * kept apart). The first fields are those of reports that grouped by check; the rest were added.
 */
export interface CauseGroup {
  /** The check of its leading finding. */
  readonly check: string;
  /** Its most severe finding's. */
  readonly severity: ReportedFinding['severity'];
  readonly status: number | undefined;
  readonly code: string | undefined;
  /** Distinct findings (one per check and case family) of this cause. */
  readonly findings: number;
  /**
   * Cases that showed it: per case family, the most any of its checks counted (one case trips
   * several checks), summed over families. A lower bound when `occurrencesAtLeast`.
   */
  readonly occurrences: number;
  /** What its leading finding says was seen. */
  readonly message: string;
  /** That finding's position in `ConformanceSummary.findings`: the plainest request that shows it. */
  readonly firstFinding: number;
  readonly families: readonly string[];
  /** Against a baseline: `known` when all its failing findings are accepted, else `expired` or `new` as the worst of them is. */
  readonly baseline?: 'known' | 'expired' | 'new';
  /** Every check the answer breaks, each with its most severe finding's severity, the one naming the expectation first. */
  readonly checks: readonly { readonly check: string; readonly severity: ReportedFinding['severity'] }[];
  /** The answer: `400 FST_ERR_VALIDATION {code, error, message, statusCode}`, `no response (timed out)`. */
  readonly answer: string;
  /** True when the checks of a family counted different cases: more than `occurrences` may have shown it. */
  readonly occurrencesAtLeast: boolean;
  /** When the answer is a well-known default (a framework's error body, a 415): which, in a few words. */
  readonly recognised?: string;
}

/** A conformance test that ended without a property outcome, or was skipped. */
export interface TestWithoutOutcome {
  readonly title: string;
  readonly status: string;
  readonly error: string | undefined;
}

/** Of the exchanges of a case family compared with the reference, how many agreed; `rate` in 0..1. */
export interface FamilyAgreement {
  readonly family: string;
  readonly compared: number;
  readonly agreed: number;
  readonly rate: number;
}

/** Present only for a differential run (`reference`) or a run through the SDK (`sdk`). */
export interface FidelitySummary {
  readonly reference?: {
    readonly url: string;
    readonly total: Omit<FamilyAgreement, 'family'>;
    /** Exchanges left out of the comparison: their identities could not be made fresh, so their outcome depends on earlier state. */
    readonly notCompared: number;
    readonly families: readonly FamilyAgreement[];
    /** What the checks found in the reference's own answers: a note about the reference, never failing the run. */
    readonly referenceFindings: readonly ReferenceFindingTally[];
  };
  readonly sdk?: {
    /** Exchanges sent as SDK calls. */
    readonly calls: number;
    /** Exchanges the SDK cannot express, sent with fetch, by reason. */
    readonly viaFetch: readonly { readonly reason: string; readonly exchanges: number }[];
    /** Per final server status: SDK calls, and the HTTP requests they sent (counted by the recording proxy). */
    readonly requestsByFinalStatus: readonly { readonly status: string; readonly calls: number; readonly requests: number }[];
  };
}

/**
 * One schema location's realistic value classes: how many exchanges sent each, and the answers
 * each provoked (`"201"`, `"400 invalid_request"`). `sent` 0: the class was never drawn in the run.
 */
export interface ValueClassCoverage {
  readonly location: string;
  readonly classes: ReadonlyArray<{
    readonly name: string;
    readonly sent: number;
    readonly answers: ReadonlyArray<{ readonly answer: string; readonly count: number }>;
  }>;
}

/**
 * Everything the three report formats show, computed once from the run's property outcomes.
 * `conformance.json` is this object; the Markdown and HTML pages are views of it.
 */
export interface ConformanceSummary {
  readonly reportFormat: 1;
  readonly verdict: Verdict;
  readonly run: {
    /** Undefined only when no property reported (e.g. every test was skipped). */
    readonly metadata: RunMetadata | undefined;
    readonly seed: number | undefined;
    readonly startedAt: string;
    readonly endedAt: string;
    readonly durationMs: number;
    readonly operation: string;
    /** The spec the matrix was built from, and whether it is the one the run used. */
    readonly specUsedForMatrix: { readonly sha256: string; readonly matchesRun: boolean | undefined };
  };
  readonly totals: {
    readonly properties: number;
    readonly cases: number;
    readonly errorFindings: number;
    readonly warningFindings: number;
    /** Spec gaps: reported, never failing a run. */
    readonly noteFindings: number;
    readonly tests: { readonly passed: number; readonly failed: number; readonly skipped: number };
  };
  readonly checks: readonly CheckSummary[];
  readonly skippedChecks: readonly SkippedCheck[];
  readonly matrix: readonly MatrixRow[];
  readonly latencies: readonly LatencySummary[];
  readonly findings: readonly SummaryFinding[];
  /** The findings grouped by cause, most basic first: what the reports and the console open with. */
  readonly causes: readonly CauseGroup[];
  readonly testsWithoutOutcome: readonly TestWithoutOutcome[];
  /** Only when the run had a reference or went through the SDK. */
  readonly fidelity?: FidelitySummary;
  /** The realistic value classes sent and what each provoked; absent for reports of properties that did not count them. */
  readonly valueClasses?: readonly ValueClassCoverage[];
  /** Against a baseline (`--baseline`): known, new, expired and fixed findings. */
  readonly baseline?: BaselineSummary;
}
