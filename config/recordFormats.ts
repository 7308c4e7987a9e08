import { ConfigError } from './ConfigError.ts';
import type { Env } from './configSources.ts';
import { setting } from './settings.ts';
import { invalidValue } from './variableProblems.ts';

/** The formats `--record` writes every exchange in. */
export type RecordFormat = 'har' | 'ndjson';
const RECORD_FORMATS: readonly RecordFormat[] = ['har', 'ndjson'];

/** The formats `--record` asks for, each once; none when it is unset. */
export function recordFormats(env: Env): RecordFormat[] {
  const variable = setting('record').variable;
  const raw = env[variable];
  if (!raw) return [];
  const problem = invalidValue(variable, raw);
  if (problem !== undefined) throw new ConfigError(problem);
  const given = raw.split(',').map((n) => n.trim());
  const unknown = given.filter((f) => !RECORD_FORMATS.includes(f as RecordFormat));
  if (unknown.length > 0) throw new ConfigError(`CONFORMANCE_RECORD (--record): unknown ${unknown.join(', ')}; valid: ${RECORD_FORMATS.join(', ')}.`);
  return [...new Set(given)] as RecordFormat[];
}
