import { test } from '@playwright/test';
import { propertyTest } from '../../runner/propertyTest.ts';
import { suiteGroup } from '../../runner/suiteGroup.ts';

for (const { title, definition, phase } of suiteGroup('methods')) test(title, propertyTest(definition, phase));
