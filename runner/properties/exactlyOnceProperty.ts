import { burstScenarioArbitrary } from '../../generators/burstScenarioArbitrary.ts';
import { scenarioProperty } from '../scenarioProperty.ts';

/** `exactly_once`: bursts of `CONFORMANCE_EXACTLY_ONCE_N` identical creates; one burst per 20 cases, at least 2. */
export const exactlyOnceProperty = scenarioProperty({
  name: 'exactly-once',
  scenarios: ({ operation, profile, config }) => burstScenarioArbitrary(operation, profile, config.exactlyOnceCopies),
  runs: (configured) => Math.max(2, Math.ceil(configured / 20)),
});
