import type { SkippedCheck } from '../../vocabulary/PropertyReport.ts';
import type { SuiteContext } from '../suiteContext.ts';

/**
 * Why the 403 `session_disabled` checks cannot run, or undefined when a disabled app is known
 * (the emulator's, or PRELUDE_DISABLED_APP_ID for another target).
 */
export function disabledAppMissing({ config }: SuiteContext): SkippedCheck | undefined {
  return config.target.disabledAppId === undefined
    ? { check: 'app_state', reason: 'PRELUDE_DISABLED_APP_ID is not set for this target, so 403 session_disabled was not checked.' }
    : undefined;
}
