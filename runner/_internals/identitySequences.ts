/**
 * The sequence numbers identities are freshened with (see `freshenIdentities`), counted per identity
 * scope (run id + worker): `take(scope, count)` returns the first of `count` numbers no earlier
 * call for that scope returned. One counter serves every property of a worker: identities made by
 * two properties of one worker must not collide either (they did, when each pipeline counted from 0).
 */
export function identitySequences(): (scope: string, count: number) => number {
  const next = new Map<string, number>();
  return (scope, count) => {
    const sequence = next.get(scope) ?? 0;
    next.set(scope, sequence + count);
    return sequence;
  };
}
