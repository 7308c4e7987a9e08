import { test } from '@playwright/test';
import { exactlyOnceProperty } from '../../runner/properties/exactlyOnceProperty.ts';
import { propertyTest } from '../../runner/propertyTest.ts';

test('identical creates sent at once create exactly one user', propertyTest(exactlyOnceProperty));
