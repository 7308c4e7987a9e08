import type { Finding } from '../checks/Check.ts';
import type { WireRequest } from '../transport/Exchange.ts';

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
}

/** A distinct finding (check, status, code, family) with its minimal counterexample. */
export interface ReportedFinding extends Finding {
  readonly key: string;
  /** Cases of the exploration phase that showed it. */
  readonly occurrences: number;
  readonly counterexample: RecordedExchange;
  /** True when the counterexample was shrunk; false when it did not reproduce (intermittent). */
  readonly shrunk: boolean;
  /** True when the case comes from a fixed list: minimal by construction; `shrunk` then means it reproduced. */
  readonly fixedCase?: boolean;
  readonly replay: Replay;
}

/** Per-check tallies: cases it applied to, and how many of those it failed. */
export interface CheckTally {
  cases: number;
  errors: number;
  warnings: number;
}

/**
 * The outcome of one property, attached to its Playwright test as JSON: the conformance reporter
 * merges these (also from sharded runs' blobs), so everything it reports must be in here.
 */
export interface PropertyReport {
  readonly property: string;
  readonly runSeed: number;
  readonly seed: number;
  readonly cases: number;
  readonly checks: Record<string, CheckTally>;
  readonly findings: readonly ReportedFinding[];
  /** `"<status> <code>"` (or `"<status>"`) → times observed. */
  readonly observed: Record<string, number>;
  /** `"<status>"` → latencies in ms, for percentiles. */
  readonly latencies: Record<string, number[]>;
}

export const PROPERTY_REPORT_ATTACHMENT = 'conformance-property.json';
