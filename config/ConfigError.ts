/**
 * A configuration or target problem (exit code 2), as opposed to a nonconformance (exit code 1).
 * The message says which variable is wrong and what a valid value looks like.
 */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}
