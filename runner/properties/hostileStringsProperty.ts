import { hostileCaseArbitrary } from '../../generators/hostileCaseArbitrary.ts';
import { caseProperty } from '../PropertyDefinition.ts';

/** Hostile but valid strings (unicode, control characters, injection look-alikes, long) are created. */
export const hostileStringsProperty = caseProperty({
  name: 'hostile-strings',
  cases: (context) => hostileCaseArbitrary(context.operation, context.profile),
});
