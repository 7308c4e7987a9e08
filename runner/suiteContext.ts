import type { Profile } from '../config/profile.ts';
import type { SuiteConfig } from '../config/suiteConfig.ts';
import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import { newRunHistory, type RunHistory } from '../checks/RunHistory.ts';
import { customChecks } from '../checks/customChecks.ts';
import { createRequestPool, type RequestPool } from '../transport/createRequestPool.ts';
import { runSelection, type RunSelection } from './runSelection.ts';
import { readBaseline, stillAccepted, today } from '../config/baseline.ts';
import { identitySequences } from './_internals/identitySequences.ts';
import { operationAndProfile } from './_internals/operationAndProfile.ts';

/**
 * What every property of a worker process shares, the run state of the worker: made once per
 * worker (the `suite` fixture of `suiteTest`), since compiling Ajv is costly and the history, the
 * pool and the identity numbering must span the worker's properties.
 */
export interface SuiteContext {
  readonly config: SuiteConfig;
  readonly operation: CreateUserOperation;
  readonly profile: Profile;
  readonly history: RunHistory;
  readonly pool: RequestPool;
  /** The checks and phases this run uses (`--checks`, `--exclude-checks`, `--phases`). */
  readonly selection: RunSelection;
  /** Whether a finding's baseline key (see `baselineKey`) is accepted by the run's baseline (`--baseline`), so it does not fail its test. */
  readonly accepted: (key: string) => boolean;
  /** The first of `count` sequence numbers to freshen identities with in `scope` (see `identitySequences`). */
  readonly takeSequences: (scope: string, count: number) => number;
  /**
   * In a differential run: the reference target's context (its own history and request pool, so
   * neither target's observations or politeness limits leak into the other's).
   */
  readonly reference?: SuiteContext;
}

/**
 * The context of a configuration: the suite's (`suiteTest`), or an explicit one (benchmarks, tests).
 * Its checks module, if any, must be loaded first (`loadCustomChecks`; `prepareRun` does).
 * `given` supplies an operation already compiled (compiling Ajv is the costly part) or a profile
 * built in code rather than read from `CONFORMANCE_PROFILE`.
 */
export function createSuiteContext(config: SuiteConfig, given: { operation?: CreateUserOperation; profile?: Profile } = {}): SuiteContext {
  const shared = operationAndProfile(config, given);
  const own = (c: SuiteConfig) => ({
    ...shared,
    config: c,
    history: newRunHistory(),
    pool: createRequestPool(c.concurrency, c.rps),
    selection: runSelection(c.selection, customChecks(c.checksModulePath), { ...shared.profile.severity, ...c.severity }),
    accepted: acceptedBy(c),
    takeSequences: identitySequences(),
  });
  return {
    ...own(config),
    ...(config.reference ? { reference: own({ ...config, target: config.reference, reference: undefined }) } : {}),
  };
}

/**
 * What the run's baseline accepts: a live entry's finding; with `--update-baseline`, every finding,
 * since the file is being written from them (the reporter judges the run against it afterwards).
 */
function acceptedBy(config: SuiteConfig): (key: string) => boolean {
  if (config.updateBaseline) return () => true;
  if (config.baselinePath === undefined) return () => false;
  const day = today();
  const live = new Set(
    readBaseline(config.baselinePath)
      .entries.filter((e) => stillAccepted(e, day))
      .map((e) => e.key),
  );
  return (key) => live.has(key);
}
