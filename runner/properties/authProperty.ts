import { authScenarioArbitrary } from '../../generators/authScenarioArbitrary.ts';
import { scenarioProperty } from '../scenarioProperty.ts';

/** `auth`: a create without valid credentials, then its identity with them. A quarter as many scenarios as cases. */
export const authProperty = scenarioProperty({
  name: 'auth-bad-credentials',
  scenarios: ({ operation, profile, config }) => authScenarioArbitrary(operation, profile, config.target.apiToken),
  runs: (configured) => Math.ceil(configured / 4),
});
