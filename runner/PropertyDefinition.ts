import type { Arbitrary } from 'fast-check';
import type { CreateUserCase } from '../generators/CreateUserCase.ts';
import type { CaseOutcome, CasePipeline } from './casePipeline.ts';
import type { SkippedCheck } from './PropertyReport.ts';
import type { SuiteContext } from './suiteContext.ts';

/** A property over single cases: one generated case, one exchange. */
export interface CasePropertyDefinition {
  /** Stable: it seeds the generator. */
  readonly name: string;
  readonly cases: (context: SuiteContext) => Arbitrary<CreateUserCase>;
}

/**
 * Any property: generated values of `T` (a case, a scenario, a command sequence), each executed
 * as one or more exchanges through the pipeline. Exploration, shrinking per finding and replay
 * are the same for all (`checkProperty`).
 */
export interface PropertyDefinition<T> {
  readonly name: string;
  readonly generate: (context: SuiteContext) => Arbitrary<T>;
  readonly execute: (value: T, pipeline: CasePipeline, context: SuiteContext) => Promise<readonly CaseOutcome[]>;
  /** Values per run, from `CONFORMANCE_RUNS` (default: that number). */
  readonly runs?: (configured: number) => number;
  /** Checks left out in this configuration and why; they appear in the report. */
  readonly skipped?: (context: SuiteContext) => readonly SkippedCheck[];
  /** Set when the property cannot run at all in this configuration: what and why (the test is skipped). */
  readonly skipWhen?: (context: SuiteContext) => SkippedCheck | undefined;
}

/** The general form of a single-case property. */
export function caseProperty(definition: CasePropertyDefinition): PropertyDefinition<CreateUserCase> {
  return {
    name: definition.name,
    generate: definition.cases,
    execute: async (testCase, pipeline) => [await pipeline.send(testCase)],
  };
}
