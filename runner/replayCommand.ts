import { settingOfVariable } from '../config/settings.ts';

/** Running from sources (this repository, via tsx) or compiled (`dist/`, the installed package). */
const FROM_SOURCES = import.meta.filename.endsWith('.ts');

/**
 * A finding's replay line: every non-secret setting of the run that shapes the case and its verdict
 * (`replayEnv`: target, apps, token variable, reference, transport, spec, profile, counts), then
 * the seed and path, in the command that works where the run was started: Playwright with this
 * repository's config (settings as variables), or the package's `run` command where it is
 * installed (settings as its flags, e.g. `--token-env STAGING_TOKEN`).
 */
export function replayCommand(replayEnv: Readonly<Record<string, string>>, seed: number, path: string, title: string, fromSources = FROM_SOURCES): string {
  const grep = shellQuote(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const settings = Object.entries(replayEnv);
  if (fromSources) {
    const variables = settings.map(([name, value]) => `${name}=${shellQuote(value)} `).join('');
    return `${variables}CONFORMANCE_SEED=${seed} CONFORMANCE_REPLAY_PATH=${path} npx playwright test -c playwright.config.ts -g ${grep}`;
  }
  const asFlag = ([name, value]: [string, string]) => {
    const flag = settingOfVariable(name)?.flag;
    return flag === undefined ? [] : value.split('\n').map((one) => `--${flag} ${shellQuote(one)} `);
  };
  // A replayed setting without a flag (none today) still reaches the run, as a variable.
  const variables = settings.filter((entry) => asFlag(entry).length === 0).map(([name, value]) => `${name}=${shellQuote(value)} `);
  return `${variables.join('')}npx create-user-conformance run ${settings.flatMap(asFlag).join('')}--seed ${seed} --replay-path ${path} -- -g ${grep}`;
}

function shellQuote(value: string): string {
  return `'${value.replaceAll("'", "'\\''")}'`;
}
