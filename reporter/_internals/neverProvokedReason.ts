import type { SkippedCheck } from '../../vocabulary/PropertyReport.ts';
import { plural } from '../reportText.ts';

/** What a reason may look at: the row and what the run says about its configuration. */
export interface ReasonInput {
  readonly status: string;
  readonly targeted: number;
  readonly disabledAppConfigured: boolean | undefined;
  readonly skipped: readonly SkippedCheck[];
}

interface ReasonRule {
  readonly applies: (input: ReasonInput) => boolean;
  readonly reason: (input: ReasonInput) => string;
}

/**
 * Why a documented outcome was never observed, first matching rule wins. "Tried and never
 * answered" is a fact about the target; the others are facts about the run's coverage.
 */
const REASONS: readonly ReasonRule[] = [
  {
    applies: ({ targeted }) => targeted > 0,
    reason: ({ targeted }) => `${plural(targeted, 'case')} expected it; the target answered otherwise`,
  },
  {
    // The spec's only answer for an app with session management disabled is its 403.
    applies: ({ status, disabledAppConfigured }) => status === '403' && disabledAppConfigured === false,
    reason: () => 'PRELUDE_DISABLED_APP_ID is not set: no case was sent to a disabled app',
  },
  {
    applies: ({ skipped }) => skipped.length > 0,
    reason: ({ skipped }) => `no case of this run targets it; skipped: ${skipped.map((s) => `${s.check} (${s.reason})`).join('; ')}`,
  },
  {
    applies: () => true,
    reason: () => 'no property of this run targets it',
  },
];

export function neverProvokedReason(input: ReasonInput): string {
  return REASONS.find((rule) => rule.applies(input))!.reason(input);
}
