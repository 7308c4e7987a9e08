import { isDeepStrictEqual } from 'node:util';
import type { SchemaSite } from './locateSchema.ts';

/** A `oneOf`/`anyOf` branch and the error codes it pins (empty when it is no error schema). */
export interface Branch {
  readonly site: SchemaSite;
  readonly codes: readonly string[];
}

export interface BranchMatch {
  readonly pairs: Array<[Branch, Branch]>;
  readonly removed: Branch[];
  readonly added: Branch[];
}

// Tried in order on the branches still unpaired: a renamed or reordered component still pairs
// with itself, so only real changes are reported.
const SAME_BRANCH: ReadonlyArray<(a: Branch, b: Branch, leftA: number, leftB: number) => boolean> = [
  (a, b) => a.site.pointer === b.site.pointer,
  (a, b) => a.codes.length > 0 && isDeepStrictEqual([...a.codes].sort(), [...b.codes].sort()),
  (a, b) => isDeepStrictEqual(a.site.node, b.site.node),
  (_a, _b, leftA, leftB) => leftA === 1 && leftB === 1,
];

/** Pairs the branches of two versions of a `oneOf`/`anyOf`; the rest were added or removed. */
export function matchBranches(before: readonly Branch[], after: readonly Branch[]): BranchMatch {
  const removed = [...before];
  const added = [...after];
  const pairs: Array<[Branch, Branch]> = [];
  for (const same of SAME_BRANCH) {
    for (const old of [...removed]) {
      const partner = added.find((candidate) => same(old, candidate, removed.length, added.length));
      if (partner === undefined) continue;
      pairs.push([old, partner]);
      removed.splice(removed.indexOf(old), 1);
      added.splice(added.indexOf(partner), 1);
    }
  }
  return { pairs, removed, added };
}
