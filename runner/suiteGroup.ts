import { suiteProperties, type SuiteProperty } from './properties/suiteProperties.ts';
import { suiteContext } from './suiteContext.ts';

/**
 * The registry's entries (`suiteProperties`) of one spec file of the suite: the spec files register
 * exactly these, so the suite users run and the one the self-test measures never drift.
 */
export function suiteGroup(group: string): readonly SuiteProperty[] {
  const entries = suiteProperties(suiteContext()).filter((entry) => entry.group === group);
  if (entries.length === 0) throw new Error(`no suite properties in group ${group}`);
  return entries;
}
