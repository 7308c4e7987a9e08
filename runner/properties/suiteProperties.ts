import type { Profile } from '../../config/profile.ts';
import { boundaryCases } from '../../generators/boundaryCases.ts';
import { hostileCaseArbitrary } from '../../generators/hostileCaseArbitrary.ts';
import { methodCases } from '../../generators/methodCases.ts';
import { mutationCatalogue, mutationFamilies } from '../../generators/mutationCatalogue.ts';
import { negativeCaseArbitrary } from '../../generators/negativeCaseArbitrary.ts';
import { validCaseArbitrary } from '../../generators/validCaseArbitrary.ts';
import type { CreateUserOperation } from '../../spec/CreateUserOperation.ts';
import { caseProperty, fixedCasesProperty, type SomePropertyDefinition } from '../PropertyDefinition.ts';
import type { SuitePhase } from './suitePhases.ts';
import { disabledAppProperty, unknownAppProperty } from './appStateProperties.ts';
import { authProperty } from './authProperty.ts';
import { conflictProperty } from './conflictProperty.ts';
import { exactlyOnceProperty } from './exactlyOnceProperty.ts';
import { modelRunProperty } from './modelRunProperty.ts';

/**
 * One test of the conformance suite, which checks one property. Each name below is one idea, and
 * no other name stands for it: a property is identified by its `definition.name` (reports and
 * conformance.json call that name `property`), shown by its `title`, registered by the spec file
 * `group` names and selected with the other properties of its `phase`; a case family (`valid/realistic`)
 * is a kind of case a property draws, not the property.
 */
export interface SuiteProperty {
  /** The spec file of tests/conformance that registers it (`suiteGroup('validRequests')` in validRequests.spec.ts); one file may register several. */
  readonly group: string;
  /** The set of properties `--phases` selects it with (`SUITE_PHASES`); one phase may span several files. */
  readonly phase: SuitePhase;
  /** The Playwright test's title: what users read and what `-g` and a replay select. */
  readonly title: string;
  readonly definition: SomePropertyDefinition;
}

/**
 * Every property the conformance suite runs, as data. The spec files in tests/conformance register
 * their group's entries, and the self-test runs all of them against faulty and correct servers, so
 * what is measured there is exactly what users run. The negative families come from the spec (a
 * spec without length bounds has no length property), hence a function of the operation.
 */
export function suiteProperties({ operation, profile }: { operation: CreateUserOperation; profile: Profile }): readonly SuiteProperty[] {
  const catalogue = mutationCatalogue(operation, profile);
  return [
    {
      group: 'validRequests',
      phase: 'valid',
      title: 'valid requests with fresh identities are created',
      definition: caseProperty({
        name: 'valid-realistic',
        cases: (context) => validCaseArbitrary(context.operation, context.profile),
      }),
    },
    // One property per mutation family, so every family gets its share of the run's cases and its
    // findings are reported under its own title.
    ...mutationFamilies(catalogue).map(([family, title]): SuiteProperty => ({
      group: 'negativeRequests',
      phase: 'negative',
      title: `invalid requests are rejected: ${title}`,
      definition: caseProperty({
        name: `negative-${family}`,
        cases: (context) =>
          negativeCaseArbitrary(
            context.operation,
            catalogue.filter((m) => m.family === family),
          ),
        followUpRefusals: 'sampled',
      }),
    })),
    {
      group: 'boundaryCases',
      phase: 'boundary',
      title: 'boundary values: valid ones are created, invalid ones rejected',
      definition: fixedCasesProperty({
        name: 'boundary',
        fixedCases: (context) => boundaryCases(context.operation, context.profile),
        followUpRefusals: 'sampled',
      }),
    },
    {
      group: 'hostileStrings',
      phase: 'hostile',
      title: 'hostile but valid strings (unicode, control characters, injection look-alikes, long) are created',
      definition: caseProperty({
        name: 'hostile-strings',
        cases: (context) => hostileCaseArbitrary(context.operation, context.profile),
      }),
    },
    {
      group: 'methods',
      phase: 'methods',
      title: 'methods the spec does not document on the path get 405 with Allow (or 404)',
      definition: fixedCasesProperty({
        name: 'methods',
        fixedCases: (context) => methodCases(context.operation),
      }),
    },
    { group: 'appStates', phase: 'semantics', title: 'requests to an unknown app are 404 app_not_found', definition: unknownAppProperty },
    { group: 'appStates', phase: 'semantics', title: 'requests to a disabled app are 403 session_disabled', definition: disabledAppProperty },
    { group: 'auth', phase: 'semantics', title: 'requests without valid credentials are refused and create no user', definition: authProperty },
    {
      group: 'conflicts',
      phase: 'semantics',
      title: "reusing a created user's identifier, external_id or id is 409 with its code",
      definition: conflictProperty,
    },
    { group: 'exactlyOnce', phase: 'semantics', title: 'identical creates sent at once create exactly one user', definition: exactlyOnceProperty },
    { group: 'modelRun', phase: 'model', title: 'model-based run: every outcome is the one the model predicts', definition: modelRunProperty },
  ];
}
