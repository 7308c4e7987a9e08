import { loadProfile, type Profile } from '../../config/profile.ts';
import type { SuiteConfig } from '../../config/suiteConfig.ts';
import type { CreateUserOperation } from '../../spec/CreateUserOperation.ts';
import { sharedOperation } from '../../spec/sharedOperation.ts';

/**
 * What a configuration's properties are made from: its spec's compiled operation (compiled once
 * per process and spec file: compiling Ajv is the costly part) and its profile. `given` supplies
 * either instead (one already compiled, or a profile built in code rather than read from `CONFORMANCE_PROFILE`).
 */
export function operationAndProfile(
  config: SuiteConfig,
  given: { operation?: CreateUserOperation; profile?: Profile } = {},
): { operation: CreateUserOperation; profile: Profile } {
  return {
    operation: given.operation ?? sharedOperation(config.specPath),
    profile: given.profile ?? loadProfile(config.profilePath, config.profileNamed),
  };
}
