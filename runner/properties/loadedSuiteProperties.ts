import type { Profile } from '../../config/profile.ts';
import type { CreateUserOperation } from '../../spec/CreateUserOperation.ts';
import type { SomePropertyDefinition } from '../PropertyDefinition.ts';
import { suiteProperties, type SuiteProperty } from './suiteProperties.ts';

/** A registry entry with its definition loaded. */
export type LoadedSuiteProperty = Omit<SuiteProperty, 'definition'> & { readonly definition: SomePropertyDefinition };

/**
 * Every property of the suite (`suiteProperties`) with its definition loaded, for what runs them
 * all in one process (the self-test, tests, the docs generator) rather than one per Playwright test.
 */
export async function loadedSuiteProperties(from: { operation: CreateUserOperation; profile: Profile }): Promise<readonly LoadedSuiteProperty[]> {
  return Promise.all(suiteProperties(from).map(async (entry) => ({ ...entry, definition: await entry.definition() })));
}
