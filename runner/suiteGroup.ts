import { loadSuiteConfig } from '../config/suiteConfig.ts';
import { suiteProperties, type SuiteProperty } from './properties/suiteProperties.ts';
import { operationAndProfile } from './_internals/operationAndProfile.ts';

/**
 * The registry's entries (`suiteProperties`) of one spec file of the suite: the spec files register
 * exactly these, so the suite users run and the one the self-test measures never drift. Called
 * while Playwright collects the tests, before any fixture exists: the run's configuration gives
 * the spec and profile the properties are made from.
 */
export function suiteGroup(group: string): readonly SuiteProperty[] {
  const entries = suiteProperties(operationAndProfile(loadSuiteConfig())).filter((entry) => entry.group === group);
  if (entries.length === 0) throw new Error(`no suite properties in group ${group}`);
  return entries;
}
