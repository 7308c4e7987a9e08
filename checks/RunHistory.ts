/**
 * Observations that rules spanning several requests need (per worker process). Kept as plain
 * counters so that it stays small however long the run is.
 */
export interface RunHistory {
  /** The most identifiers a create was accepted with. */
  maxAcceptedIdentifiers: number;
  /** The fewest identifiers that got `too_many_user_identifiers`. */
  minRejectedIdentifiers: number;
}

export function newRunHistory(): RunHistory {
  return { maxAcceptedIdentifiers: -1, minRejectedIdentifiers: Infinity };
}
