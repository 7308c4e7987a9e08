import { conflictScenarioArbitrary } from '../../generators/conflictScenarioArbitrary.ts';
import { scenarioProperty } from '../scenarioProperty.ts';

/** `conflict`: create a user, then reuse parts of its identity. Half as many scenarios as cases (two requests each). */
export const conflictProperty = scenarioProperty({
  name: 'conflict-reuse',
  scenarios: ({ operation, profile }) => conflictScenarioArbitrary(operation, profile),
  runs: (configured) => Math.ceil(configured / 2),
});
