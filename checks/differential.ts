import type { Exchange } from '../vocabulary/Exchange.ts';
import type { Check, CheckInput } from './Check.ts';
import { outcomeSignature } from './_internals/outcomeSignature.ts';

/**
 * In a differential run, the target and the reference answered the same step of the same
 * generated value alike on everything the spec fixes (`outcomeSignature`: status, error code,
 * documented schema branch). A scenario's reuse steps carry the conflict and app-state
 * semantics, so comparing every step compares those too. A burst's answers are compared as a
 * multiset: which copy wins is a race on both sides. Answers to requests without valid
 * credentials compare as refused or not: the spec fixes no status for them. Creates whose
 * identities could not be made fresh are not compared.
 */
export const differential: Check = {
  id: 'differential',
  description: 'In a differential run: the target and the reference answer each step of the same case alike in status, error code and schema branch.',
  severity: 'error',
  source: "the reference target's answers",
  explanation:
    'only with `PRELUDE_REFERENCE_URL`: the target and the reference answer each step of the same generated case alike in status, error `code` and documented schema branch',
  // A create whose identities could not be made unique (e.g. a 1-character external_id) may meet a
  // user of an earlier run, or of the other side when both share a backend: its outcome depends on
  // state, not on behaviour, so the two sides cannot be compared on it. (A scenario's deliberate
  // reuse steps are compared: their outcome follows from the scenario itself.)
  appliesTo: ({ reference, testCase: { expectation, freshIdentities } }) =>
    reference !== undefined && !(expectation.kind === 'created' && expectation.provesNoEffectOf === undefined && !freshIdentities),
  verify: (input) => {
    const target = signatures(input, input.reference!.target);
    const reference = signatures(input, input.reference!.reference);
    if (target.join('\n') === reference.join('\n')) return [];
    return [
      {
        severity: 'error',
        message: `the target and the reference differ: the target answered ${describe(target)}, the reference ${reference.length ? describe(reference) : 'had no such step'}.`,
      },
    ];
  },
};

function signatures({ testCase, operation }: CheckInput, exchanges: readonly Exchange[]): string[] {
  const unauthenticated = testCase.expectation.kind === 'unauthenticated';
  return exchanges
    .map((exchange) => {
      const status = exchange.response?.status;
      if (unauthenticated && status !== undefined && (status < 200 || status >= 300)) return 'refused (non-2xx)';
      return outcomeSignature(exchange, operation);
    })
    .sort();
}

/** `409 already_in_use [ConflictError]`, or for a burst `201 [PostUserResponse] ×1, 409 … ×7`. */
function describe(signatures: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const s of signatures) counts.set(s, (counts.get(s) ?? 0) + 1);
  return signatures.length === 1 ? signatures[0]! : [...counts].map(([s, n]) => `${s} ×${n}`).join(', ');
}
