import { test } from '@playwright/test';
import { validCaseArbitrary } from '../../generators/validCaseArbitrary.ts';
import { propertyTest } from '../../runner/propertyTest.ts';

test('valid requests with fresh identities are created', propertyTest({
  name: 'valid-realistic',
  cases: ({ operation }) => validCaseArbitrary(operation),
}));
