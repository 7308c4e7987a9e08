import { test } from '@playwright/test';
import { hostileCaseArbitrary } from '../../generators/hostileCaseArbitrary.ts';
import { propertyTest } from '../../runner/propertyTest.ts';

test('hostile but valid strings (unicode, control characters, injection look-alikes, long) are created', propertyTest({
  name: 'hostile-strings',
  cases: ({ operation, profile }) => hostileCaseArbitrary(operation, profile),
}));
