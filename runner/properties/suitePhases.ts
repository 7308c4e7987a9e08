/**
 * The phases of a run, by name (`--phases`, `CONFORMANCE_PHASES`), in Schemathesis' spirit: each
 * property of the suite belongs to one. Adding a phase is adding an entry and naming it on the
 * properties that belong to it.
 */
export const SUITE_PHASES = {
  valid: 'valid requests with fresh identities are created',
  negative: 'invalid requests (the mutation catalogue) are rejected',
  boundary: 'boundary values derived from the schema',
  hostile: 'hostile but valid strings',
  methods: 'methods the spec does not document on the path',
  semantics: 'app states, auth, conflicts and exactly-once creation',
  model: 'the model-based stateful run',
} as const;

export type SuitePhase = keyof typeof SUITE_PHASES;
