/**
 * The environment a child process (the CLI's Playwright run) starts from, plus `overrides`, minus
 * `unset` (a replay drops the replayed variables the run did not set, so the caller's own cannot leak in).
 */
export function childEnvironment(overrides: Readonly<Record<string, string>>, unset: readonly string[] = []): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of unset) delete env[name];
  return { ...env, ...overrides };
}
