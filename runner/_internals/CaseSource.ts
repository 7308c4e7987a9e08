import type { CreateUserCase } from '../../generators/CreateUserCase.ts';
import type { CaseOutcome } from '../sendCase.ts';

/** A case that reproduced a finding, and the replay path that gives it again. */
export interface MinimalCase {
  readonly outcome: CaseOutcome;
  readonly path: string;
}

/**
 * Where a property's cases come from: a fast-check arbitrary (sampled, shrunk) or a fixed list
 * (each case once, minimal by construction). The runner explores, then asks the source to
 * minimise each finding; replay paths are the source's own (`12:0:3` or an index).
 */
export interface CaseSource {
  /** True for fixed lists: a finding's case is confirmed by re-sending it, not shrunk. */
  readonly fixed: boolean;
  readonly templates: readonly CreateUserCase[];
  readonly paths: readonly string[];
  /** Replays the case at `path` and minimises it while finding `key` persists; undefined if it does not come back. */
  minimise(path: string, reproduces: (template: CreateUserCase) => Promise<CaseOutcome | undefined>): Promise<MinimalCase | undefined>;
}
