import { ConfigError } from '../config/ConfigError.ts';

/**
 * What the preflight proved about the target (or the reference) as configured: unreachable, a TLS
 * or client-certificate refusal, the wrong base path, token or app. A ConfigError (exit code 2, one
 * line before anything is sent), of its own class so the run names it a target error by its type.
 */
export class TargetError extends ConfigError {
  constructor(problem: string) {
    super(`preflight: ${problem}`);
    this.name = 'TargetError';
  }
}
