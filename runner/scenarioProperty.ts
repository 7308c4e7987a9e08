import type { Arbitrary } from 'fast-check';
import type { Scenario } from '../generators/Scenario.ts';
import type { PropertyDefinition } from './PropertyDefinition.ts';
import { runScenario } from './runScenario.ts';
import type { SuiteContext } from './suiteContext.ts';

/** A property whose values are scenarios: several requests each, in order (see `runScenario`). */
export function scenarioProperty(definition: {
  readonly name: string;
  readonly scenarios: (context: SuiteContext) => Arbitrary<Scenario>;
} & Pick<PropertyDefinition<Scenario>, 'runs' | 'skipped' | 'skipWhen'>): PropertyDefinition<Scenario> {
  const { scenarios, ...rest } = definition;
  return { ...rest, generate: scenarios, execute: runScenario };
}
