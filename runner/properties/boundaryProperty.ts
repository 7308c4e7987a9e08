import { boundaryCases } from '../../generators/boundaryCases.ts';
import { fixedCasesProperty } from '../PropertyDefinition.ts';

/** The schema's boundary values, a fixed list: valid ones are created, invalid ones rejected. */
export const boundaryProperty = fixedCasesProperty({
  name: 'boundary',
  fixedCases: (context) => boundaryCases(context.operation, context.profile),
  followUpRefusals: 'sampled',
});
