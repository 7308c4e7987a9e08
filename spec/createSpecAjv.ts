import type { Ajv2020 } from 'ajv/dist/2020.js';
import { createRequire } from 'node:module';

// Loaded on the first compilation, not at import: a process whose validators were compiled by an
// earlier one (see compiledSpecCache.ts) never loads Ajv's compiler.
const require = createRequire(import.meta.url);

/** The id under which the whole document is registered; every validator is a `$ref` into it. */
export const SPEC_SCHEMA_ID = 'openapi.json';

// Keywords OpenAPI 3.1 allows where Ajv sees a schema (the document root, and Schema Objects).
// Registering them, instead of turning strict mode off, keeps strict mode as a lint of the spec:
// a misspelled JSON Schema keyword (`maxLenght`) still fails at start-up.
const OPENAPI_KEYWORDS = [
  'openapi',
  'info',
  'jsonSchemaDialect',
  'servers',
  'paths',
  'webhooks',
  'components',
  'security',
  'tags',
  'externalDocs',
  'discriminator',
  'xml',
  'example',
];

/**
 * One Ajv instance per process for the whole suite: compiling is the expensive part, so the
 * document is registered once and validators are compiled once at start-up. The source of every
 * validator is kept, so they can be written out as code for the next process (Ajv's standalone code).
 * `x-*` extensions found in the document are registered too; they are legal OpenAPI.
 */
export function createSpecAjv(document: Record<string, unknown>): Ajv2020 {
  const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const addFormats = (require('ajv-formats') as typeof import('ajv-formats')).default;
  const ajv = new Ajv2020({
    strict: true,
    strictRequired: false,
    allErrors: true,
    validateFormats: true,
    code: { source: true },
  });
  addFormats(ajv);
  ajv.addVocabulary([...OPENAPI_KEYWORDS, ...extensionKeywords(document)]);
  ajv.addSchema(document, SPEC_SCHEMA_ID);
  return ajv;
}

function extensionKeywords(root: unknown): string[] {
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('x-')) found.add(key);
      visit(value);
    }
  };
  visit(root);
  return [...found];
}
