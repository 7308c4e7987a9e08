import { closestName } from './closestName.ts';
import { nameAsGiven, type Env, type Origin } from './configSources.ts';
import { KNOWN_VARIABLES, settingOfVariable } from './settings.ts';

/**
 * Why `raw` is not a valid value of `name`, as one sentence naming it as the user gave it (a flag,
 * the variable, `.env` or the configuration file); undefined when it is valid.
 */
export function invalidValue(name: string, raw: string, origin?: Origin): string | undefined {
  const type = settingOfVariable(name)?.type;
  const problem = type?.problem(raw);
  if (type === undefined || problem === undefined) return undefined;
  return `${nameAsGiven(name, origin, type.echo ? JSON.stringify(raw) : undefined)} ${problem}`;
}

/**
 * The `CONFORMANCE_*` / `PRELUDE_*` names of `env` the suite does not read, each as one message with
 * a did-you-mean when a known name is near; `origins` names those that came from `.env`.
 */
export function unknownVariables(env: Env, origins: ReadonlyMap<string, Origin> = new Map()): string[] {
  return Object.keys(env)
    .filter((name) => /^(CONFORMANCE|PRELUDE)_/.test(name) && !KNOWN_VARIABLES.includes(name))
    .sort()
    .map((name) => {
      const where = origins.get(name)?.kind === '.env' ? ' (in .env)' : '';
      const near = closestName(name, KNOWN_VARIABLES);
      return near
        ? `unknown variable ${name}${where}; did you mean ${near}?`
        : `unknown variable ${name}${where}; the suite reads none of that name (see docs/configuration.md).`;
    });
}
