const MAX_CHARS = 400;

/**
 * A dry run's output: one line per planned value (a case, or a scenario), with its replay path.
 * Identities are shown as generated: the run id and sequence are written into them only at send time.
 */
export function printPlan(property: string, values: readonly unknown[], paths: readonly string[], print = (line: string) => console.log(line)): void {
  print(`plan ${property}: ${values.length} value(s)`);
  values.forEach((value, index) => {
    const text = JSON.stringify(value, (_key, v: unknown) => (v instanceof Uint8Array ? `<${v.byteLength} raw bytes>` : v)) ?? String(value);
    print(`  [${paths[index]}] ${text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS)}…` : text}`);
  });
}
