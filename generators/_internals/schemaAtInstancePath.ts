import { escapePointerToken } from '../../spec/jsonPointer.ts';
import type { SchemaNode } from './SchemaNode.ts';

type SchemaAt = (pointer: string) => { readonly pointer: string; readonly node: SchemaNode };

/**
 * The schema pointer describing an instance location such as `/identifiers/*` ('*' is any array
 * item or map value), walking `properties`, `items` and `additionalProperties` from `rootPointer`.
 * Undefined when the schema does not describe that location (e.g. another spec version).
 */
export function schemaAtInstancePath(schemaAt: SchemaAt, rootPointer: string, instancePath: string): string | undefined {
  let pointer = schemaAt(rootPointer).pointer;
  for (const segment of instancePath.split('/').slice(1)) {
    const node = schemaAt(pointer).node;
    const properties = node['properties'] as Record<string, unknown> | undefined;
    let next: string | undefined;
    if (segment !== '*' && properties?.[segment] !== undefined) next = `${pointer}/properties/${escapePointerToken(segment)}`;
    else if (segment === '*' && typeof node['items'] === 'object') next = `${pointer}/items`;
    else if (segment === '*' && typeof node['additionalProperties'] === 'object') next = `${pointer}/additionalProperties`;
    if (next === undefined) return undefined;
    pointer = schemaAt(next).pointer;
  }
  return pointer;
}
