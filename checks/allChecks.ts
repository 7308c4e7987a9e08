import { appState } from './appState.ts';
import { auth } from './auth.ts';
import type { Check } from './Check.ts';
import { conflict } from './conflict.ts';
import { contentType } from './contentType.ts';
import { differential } from './differential.ts';
import { exactlyOnce } from './exactlyOnce.ts';
import { methodNotAllowed } from './methodNotAllowed.ts';
import { negativeRejection } from './negativeRejection.ts';
import { noServerError } from './noServerError.ts';
import { positiveAcceptance } from './positiveAcceptance.ts';
import { refusalLeavesNoTrace } from './refusalLeavesNoTrace.ts';
import { responseSchema } from './responseSchema.ts';
import { responseSize } from './responseSize.ts';
import { responseTime } from './responseTime.ts';
import { sdkFidelity } from './sdkFidelity.ts';
import { statusCodePairing } from './statusCodePairing.ts';
import { statusDocumented } from './statusDocumented.ts';
import { userIdPrefix } from './userIdPrefix.ts';

/**
 * The check catalogue: every response goes through every entry whose `appliesTo` holds.
 * Adding a check is adding its module and one line here; ids are stable (CI parses them).
 */
export const allChecks: readonly Check[] = [
  noServerError,
  statusDocumented,
  contentType,
  responseSchema,
  responseSize,
  statusCodePairing,
  positiveAcceptance,
  negativeRejection,
  methodNotAllowed,
  responseTime,
  userIdPrefix,
  conflict,
  appState,
  auth,
  refusalLeavesNoTrace,
  exactlyOnce,
  sdkFidelity,
  differential,
];
