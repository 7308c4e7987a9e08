import { resolve } from 'node:path';
import { ConfigError } from '../ConfigError.ts';
import { nameAsGiven, type Env, type Origin } from '../configSources.ts';
import { setting, type SettingKey } from '../settings.ts';
import { invalidValue } from '../variableProblems.ts';

/** How the configuration reads a setting: empty is unset, a value is checked by its type, messages name it as given. */
export interface SettingReader {
  readonly env: Env;
  /** A variable's value by name, unchecked (the token, whose variable is itself a setting). */
  raw(name: string): string | undefined;
  text(key: SettingKey): string | undefined;
  text(key: SettingKey, fallback: string): string;
  integer(key: SettingKey, fallback: number): number;
  names(key: SettingKey): string[] | undefined;
  path(key: SettingKey): string | undefined;
  /** The setting as the user gave it (`--profile`, `CONFORMANCE_PROFILE`, …), for messages; with `shown`, its value too. */
  name(key: SettingKey, shown?: string): string;
}

/** The reader of `env`, whose values came from `origins`. */
export function settingReader(env: Env, origins: ReadonlyMap<string, Origin>): SettingReader {
  const raw = (name: string) => (env[name] === '' ? undefined : env[name]);
  function text(key: SettingKey): string | undefined;
  function text(key: SettingKey, fallback: string): string;
  function text(key: SettingKey, fallback?: string): string | undefined {
    const name = setting(key).variable;
    const value = raw(name);
    if (value === undefined) return fallback;
    const problem = invalidValue(name, value, origins.get(name));
    if (problem !== undefined) throw new ConfigError(problem);
    return value;
  }
  return {
    env,
    raw,
    text,
    integer: (key, fallback) => Number(text(key) ?? fallback),
    names: (key) =>
      text(key)
        ?.split(',')
        .map((n) => n.trim()),
    path: (key) => {
      const value = text(key);
      return value === undefined ? undefined : resolve(value);
    },
    name: (key, shown) => nameAsGiven(setting(key).variable, origins.get(setting(key).variable), shown),
  };
}
