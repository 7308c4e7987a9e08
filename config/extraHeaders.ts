import { ConfigError } from './ConfigError.ts';

/** A header sent with every request to the target (`--header`, `CONFORMANCE_HEADERS`). */
export interface ExtraHeader {
  /** Lower-cased, as the transport sends headers. */
  readonly name: string;
  readonly value: string;
  /** When the value came from a variable (`Name: $VAR`): it is a secret, shown as `$VAR` and redacted everywhere. */
  readonly variable?: string;
}

// Headers the suite itself controls: a gateway header must not silently change what is tested.
const RESERVED = new Set(['authorization', 'content-type', 'content-length', 'host', 'transfer-encoding', 'connection']);

/**
 * Parses `Name: value` lines (one per `--header`, newline-separated in the variable). A value
 * written `$VAR` is read from the environment variable VAR, so a gateway key never lands in shell
 * history or in the printed replay line; such values are redacted like the token.
 */
export function parseExtraHeaders(raw: string | undefined, env: Readonly<Record<string, string | undefined>>): ExtraHeader[] {
  if (raw === undefined || raw.trim() === '') return [];
  return raw
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const match = /^\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*:\s*(.*?)\s*$/.exec(line);
      if (!match) throw new ConfigError(`CONFORMANCE_HEADERS (--header): "${line.slice(0, 60)}" is not a header; expected "Name: value".`);
      const name = match[1]!.toLowerCase();
      if (RESERVED.has(name)) throw new ConfigError(`CONFORMANCE_HEADERS (--header): ${name} is set by the suite itself and cannot be overridden.`);
      const variable = /^\$([A-Za-z_][A-Za-z0-9_]*)$/.exec(match[2]!)?.[1];
      if (variable === undefined) return { name, value: match[2]! };
      const value = env[variable];
      if (value === undefined || value === '')
        throw new ConfigError(`CONFORMANCE_HEADERS (--header): ${name} takes its value from $${variable}, which is not set.`);
      return { name, value, variable };
    });
}
