import type { Finding } from './Finding.ts';
import type { WireRequest } from './Exchange.ts';
import type { RequestTrace } from './RequestTrace.ts';

/** A request/response pair as shown in reports: token redacted, body cut to a readable size. */
export interface RecordedExchange {
  readonly request: WireRequest & { readonly body: string | undefined };
  readonly response: { readonly status: number; readonly headers: Record<string, string>; readonly body: string } | undefined;
  readonly failure: string | undefined;
  readonly elapsedMs: number;
}

/** How to get the same failure again. */
export interface Replay {
  readonly seed: number;
  readonly path: string;
  readonly command: string;
  readonly curl: string;
  /** The Playwright test's title: a replay selects that test (`-g`) and nothing else. */
  readonly title?: string;
}

/**
 * `shrunk`: replayed and shrunk while it held. `reproduced`: a fixed case sent again, same finding.
 * `not-reproduced`: replayed, and the replay was answered otherwise (intermittent?).
 * `not-attempted`: nothing was replayed, for `why` (a warning, the cap on shrunk findings, shrinking
 * off, or the run is itself a replay).
 */
export type Minimisation = { readonly outcome: 'shrunk' | 'reproduced' | 'not-reproduced' } | { readonly outcome: 'not-attempted'; readonly why: string };

/** A distinct finding (check, status, code, family) with its minimal counterexample. */
export interface ReportedFinding extends Finding {
  readonly key: string;
  /** Cases of the exploration (before any shrinking) that showed it. */
  readonly occurrences: number;
  readonly counterexample: RecordedExchange;
  /** True when the counterexample was shrunk (or a fixed case reproduced); `minimisation` says why not otherwise. */
  readonly shrunk: boolean;
  /** True when the case comes from a fixed list: minimal by construction; `shrunk` then means it reproduced. */
  readonly fixedCase?: boolean;
  /**
   * What was done to minimise the counterexample, and why not when nothing was: the labels say
   * "did not reproduce" only when a replay was sent and answered otherwise. Optional so that
   * reports written before it existed still read (they fall back on `shrunk`).
   */
  readonly minimisation?: Minimisation;
  readonly replay: Replay;
  /**
   * For a property whose values take several requests (a scenario, a model-based run): every
   * step of the (shrunk) value that showed the finding, in order, each with its curl line.
   */
  readonly scenario?: readonly ScenarioStepRecord[];
  /** For a `differential` finding: what the reference answered to the same value. */
  readonly reference?: ReferenceEvidence;
}

/** The reference's side of a `differential` finding, shown next to the target's. */
export interface ReferenceEvidence {
  /** The reference's base URL, without credentials. */
  readonly url: string;
  /** The reference's answer to the step that diverged; undefined when it had no such step. */
  readonly counterexample: RecordedExchange | undefined;
  /** Reads the token from `$PRELUDE_REFERENCE_API_TOKEN`. */
  readonly curl: string | undefined;
  /** Every step of the reference's run of the value, for a multi-request value. */
  readonly scenario?: readonly ScenarioStepRecord[];
}

/** Of the exchanges compared with the reference, how many answered alike. */
export interface AgreementTally {
  compared: number;
  agreed: number;
  /** Exchanges the differential check did not compare (identities that could not be made fresh). */
  notCompared: number;
}

/** A finding of a check on the reference's own answers: a note, it never fails the run. */
export interface ReferenceFindingTally extends Finding {
  readonly occurrences: number;
}

/** A differential run's figures for one property (its exploration only, not its shrinking). */
export interface FidelityTally {
  /** The reference's base URL, without credentials. */
  readonly reference: string;
  /** Case family → agreement. */
  readonly families: Record<string, AgreementTally>;
  readonly referenceFindings: readonly ReferenceFindingTally[];
}

/** A run through the SDK (`CONFORMANCE_TRANSPORT=sdk`): what went through it, and the HTTP requests its calls really sent. */
export interface SdkTally {
  readonly calls: number;
  /** Why the other exchanges went through fetch → how many. */
  readonly viaFetch: Record<string, number>;
  /** The server's final status of a call (`"409"`, `"no answer"`) → SDK calls, and the HTTP requests they sent in all. */
  readonly requestsByFinalStatus: Record<string, { calls: number; requests: number }>;
}

/** One step of a multi-request counterexample, as printed: a burst's copies are one step. */
export interface ScenarioStepRecord {
  readonly label: string;
  /** `POST <url>` and the body sent. */
  readonly request: string;
  /** `201`, `409 already_in_use`, or for a burst `201 ×1, 409 already_in_use ×7`. */
  readonly answer: string;
  readonly curl: string;
  /** The ids the step's (first) request carried, to find it in the target's logs; absent in older reports. */
  readonly trace?: RequestTrace;
}

/**
 * Schema location → value class → answer (`"<status> <code>"`, `"<status>"`, `"no response"`) →
 * exchanges: which realistic value classes were sent and what each provoked. Counts only, so its
 * size is bounded by the declared classes and the answers seen; a class never drawn has `{}`.
 */
export type ValueClassTally = Record<string, Record<string, Record<string, number>>>;

/** A check (or part of one) that could not run in this configuration, and why. */
export interface SkippedCheck {
  readonly check: string;
  readonly reason: string;
}

/** Per-check tallies: cases it applied to, and how many of those it failed. */
export interface CheckTally {
  cases: number;
  errors: number;
  warnings: number;
  /** Spec gaps recorded (absent from reports written before notes existed). */
  notes?: number;
}

/** What the run was: the same in every property of a run, so merged shards can name it. */
export interface RunMetadata {
  readonly runId: string;
  /** The suite's own version (package.json), so two reports say whether the oracle changed. */
  readonly suiteVersion: string;
  /** The lowest severity that fails the run (`CONFORMANCE_FAIL_ON`): the merged verdict honours it. */
  readonly failOn: 'error' | 'warning';
  /** `url` never carries credentials (userinfo, query and fragment are dropped). */
  readonly target: { readonly kind: 'emulator' | 'external'; readonly url: string; readonly disabledAppConfigured: boolean };
  readonly spec: { readonly title: string; readonly version: string; readonly sha256: string };
  /** `CONFORMANCE_DRY_RUN=1`: the run planned its cases and sent nothing, so its verdict is PLAN. */
  readonly dryRun?: boolean;
  /** What the run's selection left out (`--checks`, `--exclude-checks`, `--phases`); absent when nothing was. */
  readonly selection?: { readonly checksLeftOut: readonly string[]; readonly phasesLeftOut: readonly string[] };
  /** The checks judged at another severity than their own (`--severity`, the profile's); absent when none was. */
  readonly severityChanges?: readonly { readonly check: string; readonly from: string; readonly to: string }[];
  /** The non-secret variables a replay sets again (`replay` reads them from conformance.json). */
  readonly replayEnv?: Readonly<Record<string, string>>;
  /**
   * The checks of `--checks-module`, for the reports' check table (which marks them as custom): the
   * reporter reads them here rather than importing the module, so merged shard blobs name them too.
   */
  readonly customChecks?: { readonly module: string; readonly checks: readonly { readonly id: string; readonly description: string }[] };
}

/**
 * The outcome of one property, attached to its Playwright test as JSON: the conformance reporter
 * merges these (also from sharded runs' blobs), so everything it reports must be in here.
 */
export interface PropertyReport {
  /** The property's name (`PropertyDefinition.name`: `valid-realistic`), not its test's title. */
  readonly property: string;
  readonly run: RunMetadata;
  readonly runSeed: number;
  readonly seed: number;
  /** Exchanges sent while exploring, not shrinking (a scenario counts each of its requests). */
  readonly cases: number;
  readonly checks: Record<string, CheckTally>;
  readonly findings: readonly ReportedFinding[];
  /** `"<status> <code>"` (or `"<status>"`) → times observed. */
  readonly observed: Record<string, number>;
  /** `"<status>"` → latencies in ms, for percentiles. */
  readonly latencies: Record<string, number[]>;
  /** `"<status> <code>"` (or `"<status>"`) → cases whose expectation named it: what the run tried to provoke. */
  readonly targeted: Record<string, number>;
  /**
   * What this property could not check in this configuration and why (e.g. no disabled app
   * configured for an external target): so a report can say why a status was never provoked.
   * Optional so that reports written before it existed still read.
   */
  readonly skipped?: readonly SkippedCheck[];
  /** The value classes of valid requests sent, and their answers. Optional: older reports lack it. */
  readonly valueClasses?: ValueClassTally;
  /** Only in a differential run (`PRELUDE_REFERENCE_URL`). */
  readonly fidelity?: FidelityTally;
  /** Only with `CONFORMANCE_TRANSPORT=sdk`. */
  readonly sdk?: SdkTally;
}

export const PROPERTY_REPORT_ATTACHMENT = 'conformance-property.json';
