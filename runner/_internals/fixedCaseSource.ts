import type { CreateUserCase } from '../../generators/CreateUserCase.ts';
import type { CaseSource } from './CaseSource.ts';

/**
 * A fixed list (the boundary phase, the methods): every case is sent once, its replay path is
 * its index. A finding is confirmed by sending its case again; there is nothing to shrink.
 */
export function fixedCaseSource(cases: readonly CreateUserCase[], replayPath: string | undefined): CaseSource {
  if (replayPath !== undefined && !(/^\d+$/.test(replayPath) && Number(replayPath) < cases.length)) {
    throw new Error(`CONFORMANCE_REPLAY_PATH=${replayPath} is not a case of this property: its cases are numbered 0 to ${cases.length - 1}.`);
  }
  const indexes = replayPath === undefined ? cases.map((_, i) => i) : [Number(replayPath)];
  return {
    fixed: true,
    templates: indexes.map((i) => cases[i]!),
    paths: indexes.map(String),
    async minimise(path, reproduces) {
      const outcome = await reproduces(cases[Number(path)]!);
      return outcome && { outcome, path };
    },
  };
}
