import { test } from '@playwright/test';
import { authProperty } from '../../runner/properties/authProperty.ts';
import { propertyTest } from '../../runner/propertyTest.ts';

test('requests without valid credentials are refused and create no user', propertyTest(authProperty));
