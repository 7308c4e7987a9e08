import { test } from '@playwright/test';
import { mutationCatalogue, mutationFamilies } from '../../generators/mutationCatalogue.ts';
import { negativeCaseArbitrary } from '../../generators/negativeCaseArbitrary.ts';
import { propertyTest } from '../../runner/propertyTest.ts';
import { suiteContext } from '../../runner/suiteContext.ts';

// One property per mutation family, so every family gets its share of the run's cases and its
// findings are reported under its own title. The families come from the spec: a spec without
// length bounds has no length property.
const { operation, profile } = suiteContext();
const catalogue = mutationCatalogue(operation, profile);

for (const [family, title] of mutationFamilies(catalogue)) {
  test(`invalid requests are rejected: ${title}`, propertyTest({
    name: `negative-${family}`,
    cases: () => negativeCaseArbitrary(operation, catalogue.filter((m) => m.family === family)),
  }));
}
