/** One subject as it stands in both runs; a side is undefined when that run does not have it. */
export interface Paired<T> {
  readonly key: string;
  readonly base: T | undefined;
  readonly head: T | undefined;
}

/** Items of both runs matched by `key`: base order first, then what only the head has. */
export function pairBy<T>(base: readonly T[], head: readonly T[], key: (item: T) => string): Paired<T>[] {
  const heads = new Map(head.map((item) => [key(item), item]));
  const bases = new Map(base.map((item) => [key(item), item]));
  return [
    ...[...bases].map(([k, item]) => ({ key: k, base: item, head: heads.get(k) })),
    ...[...heads].filter(([k]) => !bases.has(k)).map(([k, item]) => ({ key: k, base: undefined, head: item })),
  ];
}
