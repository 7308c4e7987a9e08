import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** The OpenAPI document the servers implement. */
export const SPEC_PATH = fileURLToPath(new URL('../../../spec/openapi.yaml', import.meta.url));

/** spec/openapi.yaml, parsed. */
export function readSpecDocument(): Record<string, unknown> {
  return parse(readFileSync(SPEC_PATH, 'utf8')) as Record<string, unknown>;
}

/**
 * The schema `#/components/schemas/<name>` with every local `$ref` replaced by what it points to,
 * so a plain JSON Schema validator (Fastify's Ajv) needs no OpenAPI document around it. The spec's
 * schemas have no cycles, so the copy is finite.
 */
export function componentSchema(document: Record<string, unknown>, name: string): Record<string, unknown> {
  return inlineRefs(resolvePointer(document, `#/components/schemas/${name}`), document) as Record<string, unknown>;
}

function inlineRefs(node: unknown, document: Record<string, unknown>): unknown {
  if (Array.isArray(node)) return node.map((item) => inlineRefs(item, document));
  if (node === null || typeof node !== 'object') return node;
  const ref = (node as { $ref?: unknown }).$ref;
  if (typeof ref === 'string') return inlineRefs(resolvePointer(document, ref), document);
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, inlineRefs(value, document)]));
}

/** What a local reference (`#/a/b`) points to in `document`. */
function resolvePointer(document: Record<string, unknown>, ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`only local references are supported, not ${ref}`);
  const segments = ref.slice(2).split('/');
  let node: unknown = document;
  for (const segment of segments) {
    node = (node as Record<string, unknown> | undefined)?.[segment.replaceAll('~1', '/').replaceAll('~0', '~')];
    if (node === undefined) throw new Error(`${ref} points to nothing in the spec`);
  }
  return node;
}
