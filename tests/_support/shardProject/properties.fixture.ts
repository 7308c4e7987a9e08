import { test } from '@playwright/test';
import { validCaseArbitrary } from '../../../generators/validCaseArbitrary.ts';
import { caseProperty } from '../../../runner/PropertyDefinition.ts';
import { propertyTest } from '../../../runner/propertyTest.ts';

// Three properties (each its own seed, from its name) so that two shards each get work.
for (const name of ['shard-a', 'shard-b', 'shard-c']) {
  test(`valid requests (${name})`, propertyTest(caseProperty({ name, cases: ({ operation }) => validCaseArbitrary(operation) })));
}
