import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { CreateUserCase } from '../../generators/CreateUserCase.ts';
import type { CaseOutcome } from '../sendCase.ts';
import type { CaseSource } from './CaseSource.ts';

const SHRINK_REQUEST_BUDGET = 200;

/**
 * Cases drawn from an arbitrary: the values fast-check would draw (`fc.sample` with the
 * property's seed), or the one case at `replayPath`. Findings are shrunk from their fast-check path.
 */
export function arbitraryCaseSource(arbitrary: Arbitrary<CreateUserCase>, seed: number, runs: number, replayPath: string | undefined): CaseSource {
  const templates = replayPath === undefined ? fc.sample(arbitrary, { seed, numRuns: runs }) : [replayValue(arbitrary, seed, replayPath)];
  return {
    fixed: false,
    templates,
    paths: templates.map((_, i) => replayPath ?? String(i)),
    async minimise(path, reproduces) {
      let requests = 0;
      let last: CaseOutcome | undefined;
      const property = fc.asyncProperty(arbitrary, async (template) => {
        if (requests++ >= SHRINK_REQUEST_BUDGET) return true;
        const outcome = await reproduces(template);
        if (outcome) last = outcome;
        return outcome === undefined;
      });
      const details = await fc.check(property, { seed, path, numRuns: 1 });
      return details.failed && last && details.counterexamplePath ? { outcome: last, path: details.counterexamplePath } : undefined;
    },
  };
}

function replayValue(arbitrary: Arbitrary<CreateUserCase>, seed: number, path: string): CreateUserCase {
  let value: CreateUserCase | undefined;
  fc.check(fc.property(arbitrary, (v) => { value = v; return false; }), { seed, path, endOnFailure: true, numRuns: 1 });
  if (value === undefined) throw new Error(`cannot replay path ${path} with seed ${seed}`);
  return value;
}
