import { test } from '@playwright/test';
import { disabledAppProperty, unknownAppProperty } from '../../runner/properties/appStateProperties.ts';
import { propertyTest } from '../../runner/propertyTest.ts';

test('requests to an unknown app are 404 app_not_found', propertyTest(unknownAppProperty));
test('requests to a disabled app are 403 session_disabled', propertyTest(disabledAppProperty));
