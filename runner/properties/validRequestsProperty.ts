import { validCaseArbitrary } from '../../generators/validCaseArbitrary.ts';
import { caseProperty } from '../PropertyDefinition.ts';

/** `positive_acceptance`: valid, realistic requests with fresh identities are created. */
export const validRequestsProperty = caseProperty({
  name: 'valid-realistic',
  cases: (context) => validCaseArbitrary(context.operation, context.profile),
});
