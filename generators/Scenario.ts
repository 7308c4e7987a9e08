import type { CreateUserCase } from '../vocabulary/CreateUserCase.ts';
import type { IdentityReuse } from './planReuse.ts';

/** One step of a scenario. Every request it makes goes through the whole pipeline and every check. */
export type ScenarioStep =
  /** A case with fresh identities. */
  | { readonly kind: 'send'; readonly template: CreateUserCase }
  /** `copies` identical creates (one fresh identity) at once, judged together. */
  | { readonly kind: 'burst'; readonly template: CreateUserCase; readonly copies: number }
  /**
   * A case whose identity is partly that of an earlier request as it was actually SENT (after
   * freshening): `from` is an earlier step's index in a scenario, a created user's index (modulo
   * their count) in a model-based run. The expectation is predicted by `planReuse`.
   */
  | { readonly kind: 'reuse'; readonly template: CreateUserCase; readonly from: number; readonly reuse: IdentityReuse };

/**
 * A property value that takes several requests: steps run in order, each may depend on what
 * earlier ones sent and got. Generated, shrunk and replayed like a single case.
 */
export interface Scenario {
  readonly steps: readonly ScenarioStep[];
}
