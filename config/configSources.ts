import type { ErrorObject, ValidateFunction } from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { ajvErrorText } from '../vocabulary/formatAjvErrors.ts';
import { closestName } from './closestName.ts';
import { ConfigError } from './ConfigError.ts';
import { configFileSchema } from './configFileSchema.ts';
import { FILE_SETTINGS, setting, settingOfVariable, SETTINGS, type Setting } from './settings.ts';

export type Env = Readonly<Record<string, string | undefined>>;

/** Where a setting's value came from, so that a message about it names what the user wrote. */
export type Origin =
  | { readonly kind: 'flag'; readonly flag: string }
  | { readonly kind: 'environment' }
  | { readonly kind: '.env' }
  | { readonly kind: 'file'; readonly file: string; readonly key: string };

/** The run's settings as variables, from every source, and where each came from. */
export interface ConfigSources {
  /** Flags (set in the environment by the CLI) over the environment over `.env` over the configuration file. */
  readonly env: Env;
  readonly origins: ReadonlyMap<string, Origin>;
  /** The configuration file read, if any. */
  readonly file: string | undefined;
}

const DEFAULT_FILES = ['conformance.config.json', 'conformance.config.yaml', 'conformance.config.yml'];
const GIVEN_FLAGS = setting('givenFlags').variable;

// Ajv and yaml are loaded for a configuration file only: most runs have none.
const require = createRequire(import.meta.url);

/**
 * Reads every source of settings with one precedence, written once: flags over environment over
 * `.env` over the configuration file over defaults (the defaults are the parse's). Flags reach this
 * process as variables set by the `run` command, which lists them in CONFORMANCE_GIVEN_FLAGS.
 */
export function readConfigSources(processEnv: Env, cwd: string = process.cwd()): ConfigSources {
  const dotEnvFile = resolve(cwd, '.env');
  const dotEnv: Env = existsSync(dotEnvFile) ? parseEnv(readFileSync(dotEnvFile, 'utf8')) : {};
  const file = configFilePath(processEnv[setting('configFile').variable] || dotEnv[setting('configFile').variable], cwd);
  const fromFile = file === undefined ? {} : readConfigFile(file);
  const flagged = new Set((processEnv[GIVEN_FLAGS] ?? '').split(',').filter(Boolean));
  const origins = new Map<string, Origin>();
  for (const name of Object.keys(fromFile)) origins.set(name, { kind: 'file', file: basename(file!), key: keyOf(name) });
  for (const name of Object.keys(dotEnv)) origins.set(name, { kind: '.env' });
  for (const name of Object.keys(processEnv)) {
    const flag = settingOfVariable(name)?.flag;
    origins.set(name, flag !== undefined && flagged.has(name) ? { kind: 'flag', flag } : { kind: 'environment' });
  }
  return { env: { ...fromFile, ...dotEnv, ...processEnv }, origins, file };
}

/**
 * How a message names a setting: as the user gave it (`--app-id`, `PRELUDE_APP_ID`,
 * `PRELUDE_APP_ID in .env`, `"appId" in conformance.config.json`), with `shown` (its value, as the
 * message wants it shown) where a value goes: `--runs "abc"`, `PRELUDE_APP_ID=nope`.
 */
export function nameAsGiven(variable: string, origin: Origin | undefined, shown?: string): string {
  switch (origin?.kind) {
    case 'flag':
      return `--${origin.flag}${shown === undefined ? '' : ` ${shown}`}`;
    case 'file':
      return `"${origin.key}"${shown === undefined ? '' : `: ${shown}`} in ${origin.file}`;
    case '.env':
      return `${variable}${shown === undefined ? '' : `=${shown}`} in .env`;
    default:
      return `${variable}${shown === undefined ? '' : `=${shown}`}`;
  }
}

function configFilePath(given: string | undefined, cwd: string): string | undefined {
  if (given) {
    const file = resolve(cwd, given);
    if (!existsSync(file)) throw new ConfigError(`CONFORMANCE_CONFIG (--config): ${given} does not exist.`);
    return file;
  }
  const found = DEFAULT_FILES.filter((name) => existsSync(resolve(cwd, name)));
  if (found.length > 1) throw new ConfigError(`${found.join(' and ')} are both here: keep one, or name it with --config.`);
  return found[0] === undefined ? undefined : resolve(cwd, found[0]);
}

// A process reads its sources several times (the runner pins the seed, serves the emulator, then
// reads its configuration again): the file is read, and the schema compiled, once per process.
const readFiles = new Map<string, Record<string, string>>();
let validator: ValidateFunction | undefined;

/** The file's settings as the variables that hold them, after validation against the published schema. */
function readConfigFile(file: string): Record<string, string> {
  const known = readFiles.get(file);
  if (known !== undefined) return known;
  const name = basename(file);
  let content: unknown;
  try {
    const text = readFileSync(file, 'utf8');
    content = /\.ya?ml$/i.test(file) ? (require('yaml') as typeof import('yaml')).parse(text) : JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${name}: cannot read it (${(error as Error).message.split('\n')[0]}).`);
  }
  const validate = (validator ??= new (require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js')).Ajv2020({ allErrors: true, strict: true }).compile(
    configFileSchema(),
  ));
  if (!validate(content)) throw new ConfigError((validate.errors ?? []).map((e) => `${name}: ${fileProblem(e)}`).join('\n'));
  const given = content as Record<string, unknown>;
  const values = Object.fromEntries(
    FILE_SETTINGS.filter((s) => given[s.key] !== undefined).map((s) => [s.variable, s.type.fromFile(given[s.key], dirname(file))]),
  );
  readFiles.set(file, values);
  return values;
}

function fileProblem(error: ErrorObject): string {
  const keys = FILE_SETTINGS.map((s) => s.key);
  if (error.keyword === 'additionalProperties' && error.instancePath === '') {
    const key = String((error.params as { additionalProperty: string }).additionalProperty);
    const near = closestName(key, keys);
    const elsewhere = SETTINGS.find((s) => s.key === key) ?? settingOfVariable(key);
    if (elsewhere && elsewhere.scope !== 'setting') return `"${key}" cannot be set in the file (${whyNotInFile(elsewhere)}).`;
    return `unknown key "${key}"${near ? `; did you mean "${near}"?` : ''} (see docs/configuration.md).`;
  }
  if (error.instancePath === '') return 'expected an object of settings, e.g. { "runs": 200 }.';
  return `${ajvErrorText(error, 'settings')}.`;
}

const NOT_IN_FILE: Readonly<Record<Exclude<Setting['scope'], 'setting'>, string>> = {
  command: 'it belongs to one command: give it as a flag or variable',
  secret: 'a secret never goes in a committed file: set the variable, and name it with tokenEnv if it is another',
  internal: 'the suite sets it for its own processes',
  ambient: 'a standard variable other tools read too: set it in the environment',
};

function whyNotInFile(s: Setting): string {
  return NOT_IN_FILE[s.scope as keyof typeof NOT_IN_FILE];
}

function keyOf(variable: string): string {
  return settingOfVariable(variable)?.key ?? variable;
}
