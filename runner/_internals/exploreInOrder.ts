/**
 * Executes `count` values with at most `window` of them started but not yet consumed, and hands
 * each result to `consume` in index order (as a loop over an array of all results would), as soon
 * as every earlier one is in. Nothing but the window's results is held: a run of 10,000 cases
 * keeps no more exchanges in memory than a run of 100. The window only bounds how far ahead values
 * start; how many requests are in flight is still the request pool's concurrency, so the window
 * must be well above it to keep the pool full behind one slow request.
 * `nextValue()` is called once per index, in order, when the value may start.
 */
export async function exploreInOrder<T, R>(
  count: number,
  window: number,
  nextValue: () => Promise<T>,
  execute: (value: T) => Promise<R>,
  consume: (result: R, index: number) => void,
): Promise<void> {
  if (count === 0) return;
  const done = new Map<number, R>();
  let next = 0;
  let consumed = 0;
  await new Promise<void>((resolve, reject) => {
    let failed = false;
    const fill = () => {
      while (!failed && next < count && next - consumed < window) {
        const index = next++;
        nextValue()
          .then(execute)
          .then((result) => {
            if (failed) return;
            done.set(index, result);
            while (done.has(consumed)) {
              const ready = done.get(consumed)!;
              done.delete(consumed);
              consume(ready, consumed++);
            }
            if (consumed === count) resolve();
            else fill();
          })
          .catch((error: unknown) => {
            failed = true;
            reject(error instanceof Error ? error : new Error(String(error)));
          });
      }
    };
    fill();
  });
}
