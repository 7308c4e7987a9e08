import type { Arbitrary } from 'fast-check';
import type { CreateUserCase } from '../generators/CreateUserCase.ts';
import type { CaseOutcome, CasePipeline } from './casePipeline.ts';
import type { SkippedCheck } from './PropertyReport.ts';
import type { SuiteContext } from './suiteContext.ts';
import { arbitraryValueSource, fixedValueSource, type ValueSource } from './_internals/ValueSource.ts';

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

/**
 * A property over a fixed list of cases (the boundary phase, the methods): each sent once,
 * replayed by its index; a finding is confirmed by sending its case again.
 */
export interface FixedCasesDefinition {
  readonly name: string;
  readonly fixedCases: (context: SuiteContext) => readonly CreateUserCase[];
}

/** Any of the three forms `propertyTest` and `checkProperty` accept. */
export type AnyPropertyDefinition<T> = PropertyDefinition<T> | CasePropertyDefinition | FixedCasesDefinition;

/** A property ready to run: its values' source (drawn or fixed) and how to execute one. */
export interface RunnableProperty<T> extends Omit<PropertyDefinition<T>, 'generate'> {
  readonly source: (context: SuiteContext, seed: number, runs: number, replayPath: string | undefined) => ValueSource<T>;
}

const sendOne = async (testCase: CreateUserCase, pipeline: CasePipeline) => [await pipeline.send(testCase)];

/** The general form of a single-case property. */
export function caseProperty(definition: CasePropertyDefinition): PropertyDefinition<CreateUserCase> {
  return { name: definition.name, generate: definition.cases, execute: sendOne };
}

/** Brings the three forms to one: single cases and fixed lists are sent one case per value. */
export function runnableProperty<T>(definition: AnyPropertyDefinition<T>): RunnableProperty<T> {
  if ('fixedCases' in definition) {
    return {
      name: definition.name,
      execute: sendOne,
      source: (context: SuiteContext, _seed: number, _runs: number, replayPath: string | undefined) =>
        fixedValueSource(definition.fixedCases(context), replayPath),
    } as unknown as RunnableProperty<T>;
  }
  const general = ('cases' in definition ? caseProperty(definition) : definition) as PropertyDefinition<T>;
  return {
    ...general,
    source: (context, seed, runs, replayPath) => arbitraryValueSource(general.generate(context), seed, runs, replayPath),
  };
}

/**
 * A property of some value type, for lists that mix properties of different types. TypeScript has
 * no "exists T", and `unknown` is refused where T is a parameter (`execute`): this is the one `any`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the existential described above
export type SomePropertyDefinition = AnyPropertyDefinition<any>;
