import type { Arbitrary } from 'fast-check';
import type { Scenario } from '../generators/Scenario.ts';
import type { PropertyDefinition, PropertyOptions } from './PropertyDefinition.ts';
import { runScenario } from './runScenario.ts';
import type { SuiteContext } from './suiteContext.ts';

/** A property whose values are scenarios: several requests each, in order (see `runScenario`). */
export function scenarioProperty({
  scenarios,
  ...options
}: PropertyOptions<Scenario> & { readonly scenarios: (context: SuiteContext) => Arbitrary<Scenario> }): PropertyDefinition<Scenario> {
  return { ...options, values: { drawn: scenarios }, execute: runScenario };
}
