import { test } from '@playwright/test';
import { methodCases } from '../../generators/methodCases.ts';
import { propertyTest } from '../../runner/propertyTest.ts';

test('methods the spec does not document on the path get 405 with Allow (or 404)', propertyTest({
  name: 'methods',
  fixedCases: ({ operation }) => methodCases(operation),
}));
