import type { TestInfo } from '@playwright/test';
import type { PropertyDefinition } from './PropertyDefinition.ts';
import type { SuitePhase } from './properties/suitePhases.ts';
import type { SuiteFixtures } from './suiteTest.ts';

/**
 * The body of a Playwright test that runs one conformance property in the worker's run state:
 * `suiteTest(title, propertyTest(definition, phase))`, where `definition` loads the property (a
 * registry entry's `definition`). What runs it is imported when the test runs, not when its file is
 * listed: Playwright's runner imports every spec file only to list its tests, and nothing of the
 * checks, the transport or the generators belongs on that path to the first request.
 */
export function propertyTest<T>(
  definition: () => Promise<PropertyDefinition<T>> | PropertyDefinition<T>,
  phase?: SuitePhase,
): (fixtures: SuiteFixtures, testInfo: TestInfo) => Promise<void> {
  return async ({ suite }, testInfo) => {
    const [{ runPropertyTest }, loaded] = await Promise.all([import('./_internals/runPropertyTest.ts'), definition()]);
    await runPropertyTest(loaded, phase, suite, testInfo);
  };
}
