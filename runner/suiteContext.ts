import { loadProfile, type Profile } from '../config/profile.ts';
import { loadSuiteConfig, type SuiteConfig } from '../config/suiteConfig.ts';
import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import { newRunHistory, type RunHistory } from '../checks/RunHistory.ts';
import { customChecks } from '../checks/customChecks.ts';
import { createRequestPool, type RequestPool } from '../transport/createRequestPool.ts';
import { runSelection, type RunSelection } from './runSelection.ts';
import { sharedOperation } from '../spec/sharedOperation.ts';

/** What every property of a worker process shares: loaded once, since compiling Ajv is costly. */
export interface SuiteContext {
  readonly config: SuiteConfig;
  readonly operation: CreateUserOperation;
  readonly profile: Profile;
  readonly history: RunHistory;
  readonly pool: RequestPool;
  /** The checks and phases this run uses (`--checks`, `--exclude-checks`, `--phases`). */
  readonly selection: RunSelection;
  /**
   * In a differential run: the reference target's context (its own history and request pool, so
   * neither target's observations or politeness limits leak into the other's).
   */
  readonly reference?: SuiteContext;
}

let context: SuiteContext | undefined;

/** The context of this process, from the environment (memoised). */
export function suiteContext(): SuiteContext {
  context ??= createSuiteContext(loadSuiteConfig());
  return context;
}

/**
 * A context for an explicit configuration (benchmarks, tests), independent of the environment.
 * Its checks module, if any, must be loaded first (`loadCustomChecks`; `prepareRun` does).
 * `given` supplies an operation already compiled (compiling Ajv is the costly part) or a profile
 * built in code rather than read from `CONFORMANCE_PROFILE`.
 */
export function createSuiteContext(config: SuiteConfig, given: { operation?: CreateUserOperation; profile?: Profile } = {}): SuiteContext {
  const shared = { operation: given.operation ?? sharedOperation(config.specPath), profile: given.profile ?? loadProfile(config.profilePath) };
  const own = (c: SuiteConfig) => ({
    ...shared,
    config: c,
    history: newRunHistory(),
    pool: createRequestPool(c.concurrency, c.rps),
    selection: runSelection(c.selection, customChecks(c.checksModulePath)),
  });
  return {
    ...own(config),
    ...(config.reference ? { reference: own({ ...config, target: config.reference, reference: undefined }) } : {}),
  };
}
