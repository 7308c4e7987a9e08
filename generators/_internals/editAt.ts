import type { Segment } from './schemaLocations.ts';

/** Returned by an edit to delete the property it was given. */
export const REMOVE: unique symbol = Symbol('remove');

/** What an edit does to the value found at a location (undefined when absent there). */
export type Edit = (current: unknown) => unknown;

const NEW_ENTRY_KEY = 'mutated';

/**
 * A copy of `root` with `edit` applied at `path`, or undefined when the body has no such place
 * (e.g. an item inside an empty array). `where` picks which array item or map entry, so the choice
 * is part of the generated (and shrinkable) input. A missing parent object or map is created; a
 * last-segment item or entry is appended when there is none.
 */
export function editAt(root: unknown, path: readonly Segment[], where: number, edit: Edit): { value: unknown } | undefined {
  const [head, ...rest] = path;
  if (head === undefined) {
    const value = edit(root);
    return value === REMOVE ? undefined : { value };
  }
  if (head.kind === 'item') {
    if (!Array.isArray(root)) return undefined;
    if (root.length === 0 && rest.length > 0) return undefined;
    const index = root.length === 0 ? 0 : where % root.length;
    const inner = rest.length === 0 ? editLeaf(root[index], edit) : editAt(root[index], rest, where, edit);
    if (inner === undefined || inner === 'removed') return undefined;
    const copy: unknown[] = root.slice();
    copy[index] = inner.value;
    return { value: copy };
  }
  if (root === null || typeof root !== 'object' || Array.isArray(root)) return undefined;
  const object = root as Record<string, unknown>;
  const keys = Object.keys(object);
  const name = head.kind === 'property' ? head.name : keys.length === 0 ? NEW_ENTRY_KEY : keys[where % keys.length]!;
  const current = object[name];
  if (rest.length === 0) {
    const leaf = editLeaf(current, edit);
    if (leaf === 'removed') {
      if (!(name in object)) return undefined;
      const { [name]: _removed, ...others } = object;
      return { value: others };
    }
    return { value: { ...object, [name]: leaf.value } };
  }
  const child = current === undefined && head.kind === 'property' ? (rest[0]!.kind === 'item' ? [] : {}) : current;
  const inner = editAt(child, rest, where, edit);
  return inner && { value: { ...object, [name]: inner.value } };
}

function editLeaf(current: unknown, edit: Edit): { value: unknown } | 'removed' {
  const value = edit(current);
  return value === REMOVE ? 'removed' : { value };
}
