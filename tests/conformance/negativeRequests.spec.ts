import { suiteTest } from '../../runner/suiteTest.ts';
import { propertyTest } from '../../runner/propertyTest.ts';
import { suiteGroup } from '../../runner/suiteGroup.ts';

for (const { title, definition, phase } of suiteGroup('negativeRequests')) suiteTest(title, propertyTest(definition, phase));
