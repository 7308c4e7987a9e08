import { test } from '@playwright/test';
import { boundaryCases } from '../../generators/boundaryCases.ts';
import { propertyTest } from '../../runner/propertyTest.ts';

test('boundary values: valid ones are created, invalid ones rejected', propertyTest({
  name: 'boundary',
  fixedCases: ({ operation, profile }) => boundaryCases(operation, profile),
}));
