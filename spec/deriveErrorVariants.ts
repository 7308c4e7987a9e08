import type { ErrorVariant } from './CreateUserOperation.ts';
import type { Located } from './_internals/resolveLocalRef.ts';

type Resolve = (pointer: string) => Located;

/**
 * Reads the error variants of a response schema: each `oneOf`/`anyOf` branch (or the schema
 * itself) whose `code` and `status` properties are pinned by `enum`/`const`. This is how the
 * status/code pairings stay derived from the spec instead of hand-listed.
 */
export function deriveErrorVariants(schemaPointer: string, resolve: Resolve): ErrorVariant[] {
  const schema = resolve(schemaPointer);
  const branchKey = ['oneOf', 'anyOf'].find((k) => Array.isArray(schema.node[k]));
  const branches = branchKey ? (schema.node[branchKey] as unknown[]).map((_, i) => resolve(`${schema.pointer}/${branchKey}/${i}`)) : [schema];
  return branches.flatMap((branch) => {
    const properties = branch.node['properties'] as Record<string, unknown> | undefined;
    const codes = pinnedValues(properties?.['code']);
    const statusTexts = pinnedValues(properties?.['status']);
    if (codes.length === 0 || statusTexts.length === 0) return [];
    const schemaName = branch.pointer.split('/').at(-1) ?? branch.pointer;
    return [{ schemaPointer: branch.pointer, schemaName, codes, statusTexts }];
  });
}

function pinnedValues(propertySchema: unknown): string[] {
  if (propertySchema === null || typeof propertySchema !== 'object') return [];
  const schema = propertySchema as Record<string, unknown>;
  if (typeof schema['const'] === 'string') return [schema['const']];
  const values = Array.isArray(schema['enum']) ? schema['enum'] : [];
  return values.filter((v): v is string => typeof v === 'string');
}
