/**
 * Observations that rules spanning several requests need (per worker process). Kept small
 * however long the run is: counters, and a bounded set of the user ids seen.
 */
export interface RunHistory {
  /** The most identifiers a create was accepted with. */
  maxAcceptedIdentifiers: number;
  /** The fewest identifiers that got `too_many_user_identifiers`. */
  minRejectedIdentifiers: number;
  /** Ids of users created in this run (up to `MAX_REMEMBERED_USER_IDS`), for `conflict`. */
  readonly createdUserIds: Set<string>;
}

/**
 * Past this many ids, new ones are no longer remembered (a few MB): a duplicate among later ids
 * goes unseen rather than the worker growing without bound on a very long run.
 */
export const MAX_REMEMBERED_USER_IDS = 200_000;

export function newRunHistory(): RunHistory {
  return { maxAcceptedIdentifiers: -1, minRejectedIdentifiers: Infinity, createdUserIds: new Set() };
}
