import { loadCustomChecks } from '../checks/customChecks.ts';
import { loadSuiteConfig, type SuiteConfig } from '../config/suiteConfig.ts';

/**
 * What a Playwright worker needs of the config file, which every worker evaluates again: the
 * configuration (seed, run id and emulator URL inherited from the runner) and the custom checks
 * its tests judge with. The runner's `prepareRun` has already validated all of it and probed the
 * target, so a worker loads neither the preflight nor the transport it probes with: they are
 * modules that a worker would load before its first request for nothing.
 */
export async function prepareWorker(): Promise<SuiteConfig> {
  const config = loadSuiteConfig();
  await loadCustomChecks(config.checksModulePath);
  return config;
}
