import { badAppCaseArbitrary } from '../../generators/badAppCaseArbitrary.ts';
import type { CreateUserCase } from '../../vocabulary/CreateUserCase.ts';
import { caseProperty, type PropertyDefinition } from '../PropertyDefinition.ts';
import { disabledAppMissing } from './disabledAppMissing.ts';

const halfTheCases = (configured: number) => Math.ceil(configured / 2);

/**
 * `app_state` on an unknown app (PRELUDE_UNKNOWN_APP_ID, or a fresh id per run): always possible.
 * Each refused request is followed by a create of its free parts on the enabled app.
 */
export const unknownAppProperty: PropertyDefinition<CreateUserCase> = {
  ...caseProperty({ name: 'app-unknown', cases: ({ operation }) => badAppCaseArbitrary(operation, ['unknown']), followUpRefusals: 'every' }),
  runs: halfTheCases,
};

/** `app_state` on a disabled app: skipped, and said so, when no disabled app is known for the target. */
export const disabledAppProperty: PropertyDefinition<CreateUserCase> = {
  ...caseProperty({ name: 'app-disabled', cases: ({ operation }) => badAppCaseArbitrary(operation, ['disabled']), followUpRefusals: 'every' }),
  runs: halfTheCases,
  skipWhen: disabledAppMissing,
};
