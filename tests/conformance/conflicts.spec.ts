import { test } from '@playwright/test';
import { conflictProperty } from '../../runner/properties/conflictProperty.ts';
import { propertyTest } from '../../runner/propertyTest.ts';

test("reusing a created user's identifier, external_id or id is 409 with its code", propertyTest(conflictProperty));
