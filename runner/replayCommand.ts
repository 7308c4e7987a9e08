/** Running from sources (this repository, via tsx) or compiled (`dist/`, the installed package). */
const FROM_SOURCES = import.meta.filename.endsWith('.ts');

/**
 * A finding's replay line: every non-secret variable of the run that shapes the case and its verdict
 * (`replayEnv`: target, apps, reference, transport, spec, profile, counts), then the seed and path,
 * then the command that works where the run was started: Playwright with this repository's config,
 * or the package's `run` command where it is installed (where no playwright.config.ts exists).
 */
export function replayCommand(replayEnv: Readonly<Record<string, string>>, seed: number, path: string, title: string, fromSources = FROM_SOURCES): string {
  const variables = Object.entries(replayEnv)
    .map(([name, value]) => `${name}=${shellQuote(value)} `)
    .join('');
  const grep = shellQuote(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const command = fromSources ? `npx playwright test -c playwright.config.ts -g ${grep}` : `npx create-user-conformance run -- -g ${grep}`;
  return `${variables}CONFORMANCE_SEED=${seed} CONFORMANCE_REPLAY_PATH=${path} ${command}`;
}

function shellQuote(value: string): string {
  return `'${value.replaceAll("'", "'\\''")}'`;
}
