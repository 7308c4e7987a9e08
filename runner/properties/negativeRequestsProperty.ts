import type { Mutation } from '../../generators/mutationCatalogue.ts';
import { negativeCaseArbitrary } from '../../generators/negativeCaseArbitrary.ts';
import { caseProperty } from '../PropertyDefinition.ts';

/**
 * `negative_rejection` for one mutation family of the catalogue: one property per family, so every
 * family gets its share of the run's cases and its findings are reported under its own title.
 */
export function negativeRequestsProperty(catalogue: readonly Mutation[], family: string) {
  return caseProperty({
    name: `negative-${family}`,
    cases: (context) =>
      negativeCaseArbitrary(
        context.operation,
        catalogue.filter((m) => m.family === family),
      ),
    followUpRefusals: 'sampled',
  });
}
