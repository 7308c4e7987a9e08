import type { Finding } from '../../vocabulary/Finding.ts';
import type { PropertyScope } from '../PropertyScope.ts';

const MAX_SHRUNK_FINDINGS = 8;

/** What the policy looks at for one finding of the property, in the order they are reported. */
interface Situation {
  readonly scope: PropertyScope;
  readonly replayPath: string | undefined;
  readonly isError: boolean;
  readonly timedOut: boolean;
  readonly attempts: number;
  readonly sameAnswerShrunk: boolean;
}

/** Why a finding's counterexample is not replayed and shrunk; the first rule that holds says it. */
const NOT_ATTEMPTED: ReadonlyArray<{ when: (s: Situation) => boolean; why: string }> = [
  { when: ({ replayPath }) => replayPath !== undefined, why: 'this run is itself the replay of the recorded case' },
  { when: ({ isError }) => !isError, why: 'warnings and notes are reported as first seen' },
  { when: ({ scope }) => scope.shrink === false, why: 'shrinking is off for this run' },
  // A target that hangs would make each shrinking step wait out the deadline: minutes for one finding.
  { when: ({ timedOut }) => timedOut, why: 'it got no response within CONFORMANCE_TIMEOUT_MS, and every shrinking step would wait that long again' },
  // One wrong answer shows in many families (a server that answers 200 for 201 fails every valid one):
  // its plainest case is reproduced (shrunk, or a fixed case sent again), and the others would only
  // spend requests to show the same answer again.
  { when: ({ sameAnswerShrunk }) => sameAnswerShrunk, why: 'the same answer to the same check was already reproduced in a plainer case of this property' },
  { when: ({ attempts }) => attempts >= MAX_SHRUNK_FINDINGS, why: `only the first ${MAX_SHRUNK_FINDINGS} error findings of a property are shrunk` },
];

/** A finding's answer to its check, whatever the case family that showed it. */
const sameAnswerKey = (finding: Finding) => [finding.check, finding.severity, finding.status ?? 'no-response', finding.code ?? '-'].join('|');

/** The policy's decisions for one property: asked once per finding, most basic first. */
export interface ShrinkPolicy {
  /** Why `finding` is not shrunk (see `NOT_ATTEMPTED`), or undefined: then it is, and counts against the budget. */
  whyNot(finding: Finding, seen: { readonly isError: boolean; readonly timedOut: boolean }): string | undefined;
  /** `finding` was reproduced by a shrunk (or re-sent) value: others with the same answer need not be. */
  reproduced(finding: Finding): void;
}

/**
 * Which findings of a property are replayed and shrunk: error findings only, at most
 * `MAX_SHRUNK_FINDINGS`, one per answer to a check, none that timed out, none in a replay.
 */
export function shrinkPolicy(scope: PropertyScope, replayPath: string | undefined): ShrinkPolicy {
  let attempts = 0;
  const shrunkAnswers = new Set<string>();
  return {
    whyNot(finding, { isError, timedOut }) {
      const sameAnswerShrunk = shrunkAnswers.has(sameAnswerKey(finding));
      const rule = NOT_ATTEMPTED.find(({ when }) => when({ scope, replayPath, isError, timedOut, attempts, sameAnswerShrunk }));
      if (rule === undefined) attempts++;
      return rule?.why;
    },
    reproduced(finding) {
      shrunkAnswers.add(sameAnswerKey(finding));
    },
  };
}
