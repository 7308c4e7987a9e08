import type { Profile } from '../../config/profile.ts';
import { mutationCatalogue, mutationFamilies } from '../../generators/mutationCatalogue.ts';
import type { CreateUserOperation } from '../../spec/CreateUserOperation.ts';
import type { SomePropertyDefinition } from '../PropertyDefinition.ts';
import type { SuitePhase } from './suitePhases.ts';

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
  /**
   * Loads what the property draws and sends: its generators are imported only by a process that
   * runs it. Playwright's runner imports the spec files just to list their tests, and a worker
   * lists every file before its first test; importing every generator there was about 150 modules
   * on the way to the first request.
   */
  readonly definition: () => Promise<SomePropertyDefinition>;
}

/**
 * Every property the conformance suite runs, as data. The spec files in tests/conformance register
 * their group's entries, and the self-test runs all of them against faulty and correct servers, so
 * what is measured there is exactly what users run. The negative families come from the spec (a
 * spec without length bounds has no length property), hence a function of the operation.
 * `loadedSuiteProperties` gives the same entries with their definitions loaded.
 */
export function suiteProperties({ operation, profile }: { operation: CreateUserOperation; profile: Profile }): readonly SuiteProperty[] {
  const catalogue = mutationCatalogue(operation, profile);
  return [
    {
      group: 'validRequests',
      phase: 'valid',
      title: 'valid requests with fresh identities are created',
      definition: async () => (await import('./validRequestsProperty.ts')).validRequestsProperty,
    },
    ...mutationFamilies(catalogue).map(([family, title]): SuiteProperty => ({
      group: 'negativeRequests',
      phase: 'negative',
      title: `invalid requests are rejected: ${title}`,
      definition: async () => (await import('./negativeRequestsProperty.ts')).negativeRequestsProperty(catalogue, family),
    })),
    {
      group: 'boundaryCases',
      phase: 'boundary',
      title: 'boundary values: valid ones are created, invalid ones rejected',
      definition: async () => (await import('./boundaryProperty.ts')).boundaryProperty,
    },
    {
      group: 'hostileStrings',
      phase: 'hostile',
      title: 'hostile but valid strings (unicode, control characters, injection look-alikes, long) are created',
      definition: async () => (await import('./hostileStringsProperty.ts')).hostileStringsProperty,
    },
    {
      group: 'methods',
      phase: 'methods',
      title: 'methods the spec does not document on the path get 405 with Allow (or 404)',
      definition: async () => (await import('./methodsProperty.ts')).methodsProperty,
    },
    {
      group: 'appStates',
      phase: 'semantics',
      title: 'requests to an unknown app are 404 app_not_found',
      definition: async () => (await import('./appStateProperties.ts')).unknownAppProperty,
    },
    {
      group: 'appStates',
      phase: 'semantics',
      title: 'requests to a disabled app are 403 session_disabled',
      definition: async () => (await import('./appStateProperties.ts')).disabledAppProperty,
    },
    {
      group: 'auth',
      phase: 'semantics',
      title: 'requests without valid credentials are refused and create no user',
      definition: async () => (await import('./authProperty.ts')).authProperty,
    },
    {
      group: 'conflicts',
      phase: 'semantics',
      title: "reusing a created user's identifier, external_id or id is 409 with its code",
      definition: async () => (await import('./conflictProperty.ts')).conflictProperty,
    },
    {
      group: 'exactlyOnce',
      phase: 'semantics',
      title: 'identical creates sent at once create exactly one user',
      definition: async () => (await import('./exactlyOnceProperty.ts')).exactlyOnceProperty,
    },
    {
      group: 'modelRun',
      phase: 'model',
      title: 'model-based run: every outcome is the one the model predicts',
      definition: async () => (await import('./modelRunProperty.ts')).modelRunProperty,
    },
  ];
}
