import { FILE_SETTINGS } from './settings.ts';

/** Where the published schema lives in the repository and the package; `$schema` in a configuration file may name it. */
export const CONFIG_SCHEMA_FILE = 'config/conformance.config.schema.json';

/**
 * The JSON Schema of `conformance.config.json` (and `.yaml`), made from the settings table: what
 * the suite validates a file against, and what `npm run docs:generate` publishes for editors.
 */
export function configFileSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'create-user-conformance configuration',
    description: 'Every setting of a conformance run (see docs/configuration.md). Flags, then variables, then .env override it.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: 'this schema, for editor completion' },
      ...Object.fromEntries(FILE_SETTINGS.map((s) => [s.key, { description: s.meaning, ...s.type.schema }])),
    },
  };
}
