import { suiteTest } from '../../../runner/suiteTest.ts';
import { validCaseArbitrary } from '../../../generators/validCaseArbitrary.ts';
import { caseProperty } from '../../../runner/PropertyDefinition.ts';
import { propertyTest } from '../../../runner/propertyTest.ts';

// Two properties (each its own seed, from its name) so that each of two shards gets work.
for (const name of ['shard-a', 'shard-b']) {
  suiteTest(
    `valid requests (${name})`,
    propertyTest(() => caseProperty({ name, cases: ({ operation }) => validCaseArbitrary(operation) })),
  );
}
