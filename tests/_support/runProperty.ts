import { randomBytes } from 'node:crypto';
import type { Profile } from '../../config/profile.ts';
import { checkProperty } from '../../runner/checkProperty.ts';
import type { PropertyDefinition } from '../../runner/PropertyDefinition.ts';
import type { PropertyReport } from '../../vocabulary/PropertyReport.ts';
import { suiteContextFor } from './suiteContextFixture.ts';

export interface PropertyRunOptions {
  readonly seed?: number;
  readonly runs?: number;
  readonly profile?: Partial<Profile>;
  /** Replays one value (a printed replay path) instead of exploring. */
  readonly replayPath?: string;
  /** Extra variables, e.g. `PRELUDE_DISABLED_APP_ID: ''` to leave the disabled app unknown. */
  readonly env?: Record<string, string>;
  /** False skips shrinking: faster when only which checks fire matters. */
  readonly shrink?: boolean;
}

/**
 * Runs one property in-process against a server (as the conformance command would, minus
 * Playwright): for fast tests of what a property finds against a faulty or a correct server.
 */
export async function runProperty<T>(definition: PropertyDefinition<T>, baseUrl: string, options: PropertyRunOptions = {}): Promise<PropertyReport> {
  // With PRELUDE_REFERENCE_URL in `env`: a differential run, the reference with a context of its own.
  const context = suiteContextFor(
    baseUrl,
    {
      CONFORMANCE_SEED: String(options.seed ?? 1),
      CONFORMANCE_RUNS: String(options.runs ?? 40),
      CONFORMANCE_RUN_ID: 't' + randomBytes(4).toString('hex'),
      ...(options.replayPath ? { CONFORMANCE_REPLAY_PATH: options.replayPath } : {}),
      ...options.env,
    },
    options.profile,
  );
  return checkProperty(definition, context, {
    workerIndex: 0,
    replayCommand: (seed, path) => `CONFORMANCE_SEED=${seed} CONFORMANCE_REPLAY_PATH=${path}`,
    shrink: options.shrink,
  });
}
