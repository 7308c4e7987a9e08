import type { Arbitrary } from 'fast-check';
import type { CreateUserCase } from '../vocabulary/CreateUserCase.ts';
import type { SkippedCheck } from '../vocabulary/PropertyReport.ts';
import type { CaseOutcome, CasePipeline } from './casePipeline.ts';
import { sendThenFollowUp, type FollowUpRefusals } from './followUpAfterRefusal.ts';
import type { SuiteContext } from './suiteContext.ts';

/**
 * Where a property's values come from: drawn from an arbitrary (sampled, shrunk per finding,
 * replayed by its fast-check path) or a fixed list (each value once, replayed by its index, a
 * finding confirmed by sending its value again).
 */
export type PropertyValues<T> = { readonly drawn: (context: SuiteContext) => Arbitrary<T> } | { readonly fixed: (context: SuiteContext) => readonly T[] };

/**
 * A property, the one form every part of the runner takes: its values of `T` (a case, a scenario,
 * a command sequence), each executed as one or more exchanges through the pipeline. Exploration,
 * minimisation and replay are the same for all (`checkProperty`); build one with `caseProperty`,
 * `fixedCasesProperty` or `scenarioProperty` unless the values are something else.
 */
export interface PropertyDefinition<T> {
  /**
   * Stable: it seeds the generator and names the property in reports and replays, where it travels
   * as `property` (PropertyReport, conformance.json, progress records, recordings, baseline keys).
   * Not the Playwright test's title (`SuiteProperty.title`).
   */
  readonly name: string;
  readonly values: PropertyValues<T>;
  readonly execute: (value: T, pipeline: CasePipeline, context: SuiteContext) => Promise<readonly CaseOutcome[]>;
  /** Values per run, from `CONFORMANCE_RUNS` (default: that number). */
  readonly runs?: (configured: number) => number;
  /** Checks left out in this configuration and why; they appear in the report. */
  readonly skipped?: (context: SuiteContext) => readonly SkippedCheck[];
  /** Set when the property cannot run at all in this configuration: what and why (the test is skipped). */
  readonly skipWhen?: (context: SuiteContext) => SkippedCheck | undefined;
}

/** What the constructors take besides the values: the optional parts of a property. */
export type PropertyOptions<T> = Pick<PropertyDefinition<T>, 'name' | 'runs' | 'skipped' | 'skipWhen'>;

/** What the case constructors take besides: which refused cases are followed by a create re-sending their free parts (none by default). */
type CaseOptions = PropertyOptions<CreateUserCase> & { readonly followUpRefusals?: FollowUpRefusals };

const sendOne = async (testCase: CreateUserCase, pipeline: CasePipeline) => [await pipeline.send(testCase)];

/** A property over single drawn cases: one generated case, one exchange (two when a refusal is followed up). */
export function caseProperty({
  cases,
  followUpRefusals,
  ...options
}: CaseOptions & { readonly cases: (context: SuiteContext) => Arbitrary<CreateUserCase> }): PropertyDefinition<CreateUserCase> {
  return { ...options, values: { drawn: cases }, execute: followUpRefusals ? sendThenFollowUp(followUpRefusals) : sendOne };
}

/** A property over a fixed list of cases (the boundary phase, the methods), each sent once (and followed up as `caseProperty`). */
export function fixedCasesProperty({
  fixedCases,
  followUpRefusals,
  ...options
}: CaseOptions & { readonly fixedCases: (context: SuiteContext) => readonly CreateUserCase[] }): PropertyDefinition<CreateUserCase> {
  return { ...options, values: { fixed: fixedCases }, execute: followUpRefusals ? sendThenFollowUp(followUpRefusals) : sendOne };
}

/**
 * A property of some value type, for lists that mix properties of different types. TypeScript has
 * no "exists T", and `unknown` is refused where T is a parameter (`execute`): this is the one `any`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the existential described above
export type SomePropertyDefinition = PropertyDefinition<any>;
