import type { SpecDiff } from './diffCreateUserSpecs.ts';
import type { SpecChange } from './SpecChange.ts';

/** Which changes make `spec:diff` exit 1: the CI gate's choice (`--fail-on`). */
export const FAIL_ON = ['client', 'server', 'any', 'none'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface SpecDiffVerdict {
  readonly failOn: FailOn;
  readonly fails: boolean;
  readonly changes: number;
  readonly breakingForClients: number;
  readonly breakingForServers: number;
  readonly compatible: number;
}

// What each --fail-on level counts as failing.
const FAILS: Readonly<Record<FailOn, (change: SpecChange) => boolean>> = {
  client: (c) => c.clients === 'breaking',
  server: (c) => c.servers === 'breaking',
  any: (c) => c.clients === 'breaking' || c.servers === 'breaking',
  none: () => false,
};

/** Counts by classification, and whether the diff fails the chosen gate. */
export function specDiffVerdict(diff: SpecDiff, failOn: FailOn): SpecDiffVerdict {
  return {
    failOn,
    fails: diff.changes.some(FAILS[failOn]),
    changes: diff.changes.length,
    breakingForClients: diff.changes.filter(FAILS.client).length,
    breakingForServers: diff.changes.filter(FAILS.server).length,
    compatible: diff.changes.filter((c) => !FAILS.any(c)).length,
  };
}

/** `breaking for clients and servers`, `breaking for clients`, `breaking for servers` or `compatible`. */
export function classificationOf(change: SpecChange): string {
  const parties = [change.clients === 'breaking' && 'clients', change.servers === 'breaking' && 'servers'].filter(Boolean);
  return parties.length === 0 ? 'compatible' : `breaking for ${parties.join(' and ')}`;
}
