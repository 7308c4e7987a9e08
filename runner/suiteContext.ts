import { loadProfile, type Profile } from '../config/profile.ts';
import { loadSuiteConfig, type SuiteConfig } from '../config/suiteConfig.ts';
import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import { loadCreateUserOperation } from '../spec/loadCreateUserOperation.ts';
import { newRunHistory, type RunHistory } from '../checks/RunHistory.ts';
import { createRequestPool, type RequestPool } from '../transport/createRequestPool.ts';

/** What every property of a worker process shares: loaded once, since compiling Ajv is costly. */
export interface SuiteContext {
  readonly config: SuiteConfig;
  readonly operation: CreateUserOperation;
  readonly profile: Profile;
  readonly history: RunHistory;
  readonly pool: RequestPool;
}

let context: SuiteContext | undefined;

/** The context of this process, from the environment (memoised). */
export function suiteContext(): SuiteContext {
  context ??= createSuiteContext(loadSuiteConfig());
  return context;
}

/** A context for an explicit configuration (benchmarks, tests), independent of the environment. */
export function createSuiteContext(config: SuiteConfig): SuiteContext {
  return {
    config,
    operation: loadCreateUserOperation(config.specPath),
    profile: loadProfile(config.profilePath),
    history: newRunHistory(),
    pool: createRequestPool(config.concurrency, config.rps),
  };
}
