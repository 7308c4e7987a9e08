/** Adds up counters keyed alike (observed outcomes, targeted outcomes) across properties. */
export function sumCounts(counters: readonly Readonly<Record<string, number>>[]): Record<string, number> {
  const total: Record<string, number> = {};
  for (const counter of counters) {
    for (const [key, count] of Object.entries(counter)) total[key] = (total[key] ?? 0) + count;
  }
  return total;
}
