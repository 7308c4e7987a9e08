import { randomBytes, randomInt } from 'node:crypto';
import { join } from 'node:path';
import { readConfigSources } from './configSources.ts';
import { fetchSpecOnce, isSpecUrl } from './fetchSpecOnce.ts';
import { setting } from './settings.ts';
import { forgetLoadedSuiteConfig, type SuiteConfig } from './suiteConfig.ts';

// What the runner's main process hands its workers: they inherit its environment, so each value is
// set there once, before any worker starts, and this process's own later reads see it too.

/** True inside a Playwright worker process (the config file is evaluated there too). */
export function isPlaywrightWorker(): boolean {
  return process.env['TEST_WORKER_INDEX'] !== undefined;
}

/**
 * Pins seed and run id in the environment, so that worker processes inherit the same values: the
 * seed as configured (a flag, the environment, `.env` or the file), else a random one.
 */
export function shareRunIdentity(): void {
  const seed = setting('seed').variable;
  const configured = readConfigSources(process.env).env[seed];
  process.env[seed] ??= configured || String(randomInt(0, 2 ** 31 - 1));
  process.env[setting('runId').variable] ??= 'r' + randomBytes(4).toString('hex');
  forgetLoadedSuiteConfig();
}

/**
 * A spec given as a URL is fetched once, by the main process, and every process of the run (the
 * workers inherit the environment, the reporter reads it) then reads that local copy: one set of
 * bytes for the whole run, named by its sha256 in the reports. Returns the URL fetched, if any.
 */
export async function pinFetchedSpec(config: SuiteConfig): Promise<string | undefined> {
  if (!isSpecUrl(config.specPath)) return undefined;
  process.env[setting('spec').variable] = await fetchSpecOnce(config.specPath, join(config.reportDir, 'spec'));
  // The configuration read before named the URL: read it again, with the local copy.
  forgetLoadedSuiteConfig();
  return config.specPath;
}

/** Whether the embedded emulator must be started (no target configured). */
export function wantsEmbeddedEmulator(): boolean {
  return !readConfigSources(process.env).env[setting('baseUrl').variable];
}

/**
 * Hands the embedded emulator's URL to the workers (they inherit the runner's environment) and to
 * this process's own later reads of the configuration.
 */
export function shareEmulatorUrl(url: string): void {
  process.env[setting('emulatorUrl').variable] = url;
  forgetLoadedSuiteConfig();
}

/**
 * Called by the console reporter before any worker starts: workers inherit the setting and print
 * progress records for it to read. Without it (another reporter, a test running a property in
 * process) nobody reads them, so nobody prints them.
 */
export function listenForProgress(): void {
  process.env[setting('progressRecords').variable] = '1';
}

/** Whether a console reporter reads this process's progress records (see `listenForProgress`). */
export function progressIsListenedFor(): boolean {
  return process.env[setting('progressRecords').variable] === '1';
}
