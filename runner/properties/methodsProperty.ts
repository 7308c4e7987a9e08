import { methodCases } from '../../generators/methodCases.ts';
import { fixedCasesProperty } from '../PropertyDefinition.ts';

/** Methods the spec does not document on the path: 405 with `Allow`, or 404. */
export const methodsProperty = fixedCasesProperty({
  name: 'methods',
  fixedCases: (context) => methodCases(context.operation),
});
