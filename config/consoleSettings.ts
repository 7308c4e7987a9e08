import type { Env } from './configSources.ts';

/**
 * What the environment says about colours, read here because only config/ reads the
 * environment: `NO_COLOR` (any non-empty value, no-color.org) forbids them; `FORCE_COLOR` asks for
 * them off a terminal (`0` or `false`: never). Neither is a CONFORMANCE_ variable, so the
 * unknown-variable check (which looks at CONFORMANCE_ and PRELUDE_ names only) never sees them.
 */
export interface ConsoleSettings {
  readonly noColor: boolean;
  /** Undefined when FORCE_COLOR is unset or empty. */
  readonly forceColor: boolean | undefined;
}

const FORCE_COLOR_OFF: ReadonlySet<string> = new Set(['0', 'false']);

/** The console settings of `env` (see `ConsoleSettings`). */
export function consoleSettings(env: Env): ConsoleSettings {
  const force = env['FORCE_COLOR'];
  return {
    noColor: Boolean(env['NO_COLOR']),
    forceColor: force === undefined || force === '' ? undefined : !FORCE_COLOR_OFF.has(force.toLowerCase()),
  };
}
