import { test } from '@playwright/test';
import { loadSuiteConfig } from '../config/suiteConfig.ts';
import type { SuiteContext } from './suiteContext.ts';

/** What Playwright gives a conformance test besides its own fixtures (see `suiteTest`). */
export interface SuiteFixtures {
  /** The worker's run state, from the run's configuration. */
  readonly suite: SuiteContext;
}

/**
 * Playwright's `test` for the conformance suite: `suiteTest(title, propertyTest(definition))`. Its
 * worker-scoped `suite` fixture is the run state every test of a worker process shares (the
 * compiled operation, the request pool, the run history, the identity numbering): made for the
 * worker's first test, and gone with the worker (after a failed test Playwright starts a new one,
 * whose state starts afresh). Its modules are imported when the first test asks for it: listing a
 * spec file's tests needs none of them.
 */
export const suiteTest = test.extend<Record<never, never>, SuiteFixtures>({
  suite: [
    async ({}, use) => {
      const { createSuiteContext } = await import('./suiteContext.ts');
      await use(createSuiteContext(loadSuiteConfig()));
    },
    { scope: 'worker' },
  ],
});
