import type { ConsoleSettings } from '../config/consoleSettings.ts';

/** How the console is written to: decided once per run, from facts a test can pass in. */
export interface ConsoleMode {
  /** A terminal: one progress line, rewritten in place. Otherwise (a CI log, a pipe) a plain line every few seconds. */
  readonly live: boolean;
  /** ANSI colours: on a terminal by default, never with NO_COLOR, forced on or off by FORCE_COLOR. */
  readonly colours: boolean;
}

/**
 * The console mode for a stream that is (`isTTY`) or is not a terminal, under the environment's
 * colour wishes. NO_COLOR wins over FORCE_COLOR (no-color.org: present and non-empty, no colour),
 * as it does in Playwright's own reporters.
 */
export function consoleMode(isTTY: boolean, settings: ConsoleSettings): ConsoleMode {
  return { live: isTTY, colours: !settings.noColor && (settings.forceColor ?? isTTY) };
}
