import { escapePointerToken } from '../../spec/jsonPointer.ts';
import type { SchemaNode } from './SchemaNode.ts';

/** One step from a value to a value inside it: a named property, any array item, any map value. */
export type Segment = { readonly kind: 'property'; readonly name: string } | { readonly kind: 'item' } | { readonly kind: 'entry' };

/** A place in request bodies the schema describes, and the schema (resolved) that describes it. */
export interface SchemaLocation {
  readonly path: readonly Segment[];
  readonly pointer: string;
  readonly node: SchemaNode;
}

type SchemaAt = (pointer: string) => { readonly pointer: string; readonly node: SchemaNode };

/** `/identifiers/*\/type` style text of a path: `*` is any array item or map value. */
export function instancePathText(path: readonly Segment[]): string {
  return path.map((s) => '/' + (s.kind === 'property' ? escapePointerToken(s.name) : '*')).join('');
}

/**
 * Every location of the schema at `rootPointer`, parents before children, walking `properties`,
 * `items` and schema-valued `additionalProperties` (`$ref`s followed, recursion cut). What the
 * mutation catalogue and the boundary phase derive their entries from.
 */
export function schemaLocations(schemaAt: SchemaAt, rootPointer: string): SchemaLocation[] {
  const locations: SchemaLocation[] = [];
  const visit = (schemaPointer: string, path: readonly Segment[], ancestors: readonly string[]): void => {
    const { pointer, node } = schemaAt(schemaPointer);
    if (ancestors.includes(pointer)) return;
    locations.push({ path, pointer, node });
    const within = [...ancestors, pointer];
    const properties = node['properties'];
    if (properties !== null && typeof properties === 'object') {
      for (const name of Object.keys(properties)) {
        visit(`${pointer}/properties/${escapePointerToken(name)}`, [...path, { kind: 'property', name }], within);
      }
    }
    if (node['items'] !== null && typeof node['items'] === 'object') visit(`${pointer}/items`, [...path, { kind: 'item' }], within);
    if (node['additionalProperties'] !== null && typeof node['additionalProperties'] === 'object') {
      visit(`${pointer}/additionalProperties`, [...path, { kind: 'entry' }], within);
    }
  };
  visit(rootPointer, [], []);
  return locations;
}
