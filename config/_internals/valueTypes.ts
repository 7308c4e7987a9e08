import { isAbsolute, resolve } from 'node:path';

/**
 * How one setting's value is written and checked: as a string in its variable or flag, and as
 * JSON in the configuration file. The file's value is turned into the variable's string, so both
 * go through the same check and the same parse.
 */
export interface ValueType {
  /** Why `raw` is not a valid value, as the end of a sentence about it; undefined when valid. */
  readonly problem: (raw: string) => string | undefined;
  /** False for URLs: a rejected one may carry credentials, so messages never repeat it. */
  readonly echo: boolean;
  /** The value's JSON Schema in the configuration file (the published schema is made of these). */
  readonly schema: Readonly<Record<string, unknown>>;
  /** The file's value (already valid against `schema`) as the variable would hold it; paths resolve against the file's folder. */
  readonly fromFile: (value: unknown, fileDir: string) => string;
  /** The value placeholder in `--help`, e.g. `N`. */
  readonly placeholder: string;
  /** A file or folder: a replay line gives it absolute, so the replay finds it from anywhere. */
  readonly isPath?: true;
}

const asString = (value: unknown): string => String(value);

export function wholeNumber(min: number, max: number, placeholder = 'N'): ValueType {
  return {
    problem: (raw) => {
      const value = Number(raw);
      return Number.isInteger(value) && value >= min && value <= max && raw.trim() !== ''
        ? undefined
        : `is not valid: expected a whole number from ${min} to ${max}.`;
    },
    echo: true,
    schema: { type: 'integer', minimum: min, maximum: max },
    fromFile: asString,
    placeholder,
  };
}

export function oneOfValues(allowed: readonly string[]): ValueType {
  return {
    problem: (raw) => (allowed.includes(raw) ? undefined : `is not valid: expected one of ${allowed.join(', ')}.`),
    echo: true,
    schema: { enum: [...allowed] },
    fromFile: asString,
    placeholder: allowed.join('|'),
  };
}

/** `0` or `1` in a variable; true or false in the file. */
export const onOff: ValueType = {
  ...oneOfValues(['0', '1']),
  schema: { type: 'boolean' },
  fromFile: (value) => (value === true ? '1' : '0'),
};

/** Names separated by commas in a variable; an array of names in the file. */
export function commaList(example: string, placeholder = 'NAMES'): ValueType {
  return {
    problem: (raw) => (/^\s*[a-z0-9_]+\s*(,\s*[a-z0-9_]+\s*)*$/.test(raw) ? undefined : `is not valid: expected names separated by commas, e.g. ${example}.`),
    echo: true,
    schema: { type: 'array', items: { type: 'string', pattern: '^[a-z0-9_]+$' }, uniqueItems: true },
    fromFile: (value) => (value as string[]).join(','),
    placeholder,
  };
}

/** Any text; one item per line in a variable, an array of lines in the file. */
export function lines(placeholder: string): ValueType {
  return {
    problem: () => undefined,
    echo: true,
    schema: { type: 'array', items: { type: 'string' } },
    fromFile: (value) => (value as string[]).join('\n'),
    placeholder,
  };
}

export function text(placeholder: string): ValueType {
  return { problem: () => undefined, echo: true, schema: { type: 'string', minLength: 1 }, fromFile: asString, placeholder };
}

/** A file or folder; in the configuration file, relative to the file's own folder (as tsconfig and eslint read theirs). */
export function path(placeholder: string, { url = false }: { readonly url?: boolean } = {}): ValueType {
  return {
    ...text(placeholder),
    isPath: true,
    fromFile: (value, fileDir) => {
      const raw = String(value);
      return isAbsolute(raw) || (url && /^https?:\/\//i.test(raw)) ? raw : resolve(fileDir, raw);
    },
  };
}

/** The name of an environment variable (the token's: a secret is never a flag or a file value, only where to find it). */
export const variableName: ValueType = {
  problem: (raw) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(raw) ? undefined : 'is not valid: expected the name of an environment variable, e.g. STAGING_TOKEN.'),
  echo: true,
  schema: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
  fromFile: asString,
  placeholder: 'NAME',
};

export const fastCheckPath: ValueType = {
  ...text('PATH'),
  problem: (raw) => (/^\d+(:\d+)*$/.test(raw) ? undefined : 'is not a fast-check path (digits separated by colons, e.g. 12:0:3).'),
  schema: { type: 'string', pattern: '^\\d+(:\\d+)*$' },
};

/** `check=level` pairs separated by commas (or newlines, one per `--severity`) in a variable; an object in the file. */
export function levels(allowed: readonly string[]): ValueType {
  const pair = `[a-z][a-z0-9_]*\\s*=\\s*(${allowed.join('|')})`;
  return {
    problem: (raw) =>
      new RegExp(`^\\s*${pair}\\s*([,\\n]\\s*${pair}\\s*)*$`).test(raw)
        ? undefined
        : `is not valid: expected check=level pairs, e.g. auth=off, where a level is ${allowed.join(', ')}.`,
    echo: true,
    schema: { type: 'object', propertyNames: { pattern: '^[a-z][a-z0-9_]*$' }, additionalProperties: { enum: [...allowed] } },
    fromFile: (value) =>
      Object.entries(value as Record<string, string>)
        .map(([check, level]) => `${check}=${level}`)
        .join(','),
    placeholder: 'CHECK=LEVEL',
  };
}

/** An http(s) URL without credentials in it (`tokenVariable` is where the credentials belong). */
export function httpUrl(tokenVariable: string): ValueType {
  return {
    ...text('URL'),
    problem: (raw) => {
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        return 'is not a URL (expected e.g. https://api.prelude.dev).';
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return `must be an http(s) URL, got ${url.protocol}`;
      if (url.username || url.password) return `must not embed credentials; put the token in ${tokenVariable}.`;
      return undefined;
    },
    echo: false,
    schema: { type: 'string', pattern: '^https?://' },
  };
}
