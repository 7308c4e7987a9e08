import { DEFAULT_PROFILE, type Profile } from '../../config/profile.ts';
import { parseSuiteConfig } from '../../config/suiteConfig.ts';
import { createSuiteContext, type SuiteContext } from '../../runner/suiteContext.ts';
import { targetEnv } from './runConformance.ts';
import { specOperation } from './specFixture.ts';

/**
 * What a worker of a run against `baseUrl` holds, for tests that drive the runner's pieces without
 * Playwright (a property, the case pipeline, the draws): the emulator's apps and token, `env` over
 * them, the spec indexed once per worker, and the default profile with `profile` over it.
 */
export function suiteContextFor(baseUrl: string, env: Record<string, string> = {}, profile: Partial<Profile> = {}): SuiteContext {
  return createSuiteContext(parseSuiteConfig({ ...targetEnv(baseUrl), ...env }), { operation: specOperation(), profile: { ...DEFAULT_PROFILE, ...profile } });
}
