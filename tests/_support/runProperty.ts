import { newRunHistory } from '../../checks/RunHistory.ts';
import { DEFAULT_PROFILE, type Profile } from '../../config/profile.ts';
import { parseSuiteConfig } from '../../config/suiteConfig.ts';
import { checkProperty, type PropertyDefinition } from '../../runner/checkProperty.ts';
import type { PropertyReport } from '../../runner/PropertyReport.ts';
import { createRequestPool } from '../../transport/createRequestPool.ts';
import { targetEnv } from './runConformance.ts';
import { specOperation } from './specFixture.ts';

/**
 * Runs one conformance property in-process against `baseUrl` (explore, shrink, report), as the
 * suite would: the unit-level way to show that a check catches a faulty server, without the
 * cost of a whole Playwright run.
 */
export async function runProperty(
  definition: PropertyDefinition, baseUrl: string,
  options: { runs?: number; seed?: number; replayPath?: string; profile?: Profile } = {},
): Promise<PropertyReport> {
  const config = parseSuiteConfig({
    ...targetEnv(baseUrl),
    CONFORMANCE_RUNS: String(options.runs ?? 40),
    CONFORMANCE_SEED: String(options.seed ?? 1234),
    ...(options.replayPath ? { CONFORMANCE_REPLAY_PATH: options.replayPath } : {}),
  });
  const context = { config, operation: specOperation(), profile: options.profile ?? DEFAULT_PROFILE, history: newRunHistory(), pool: createRequestPool(8, 0) };
  return checkProperty(definition, context, { workerIndex: 0, replayCommand: (seed, path) => `CONFORMANCE_SEED=${seed} CONFORMANCE_REPLAY_PATH=${path}` });
}
