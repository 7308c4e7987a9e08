import fc from 'fast-check';
import type { CreateUserOperation } from '../../spec/CreateUserOperation.ts';
import { escapePointerToken } from '../../spec/jsonPointer.ts';
import { schemaArbitrary } from '../schemaArbitrary.ts';

/**
 * A deterministic valid value for the schema at `pointer`, built from the spec's own words: the
 * `index`-th example, else the `index`-th enum value, else (objects) every declared property's
 * `index`-th exemplar, (arrays) one item, and only then a fixed-seed sample of the schema. Spec
 * authors list parallel examples in step (`type` phone_number with value +30…), so exemplar `i`
 * of an object keeps its properties consistent with each other. Undefined when nothing valid is found.
 */
export function exemplar(operation: CreateUserOperation, pointer: string, index = 0, only: 'all' | 'required' = 'all'): unknown {
  const { pointer: located, node } = operation.schemaAt(pointer);
  const valid = operation.validatorAt(located);
  const examples = Array.isArray(node['examples']) ? node['examples'].filter((e) => valid(e)) : [];
  const values = Array.isArray(node['enum']) ? node['enum'] : [];
  const candidates: unknown[] = [];
  if (index < examples.length) candidates.push(examples[index]);
  if (values.length > 0) candidates.push(values[index % values.length]);
  if (examples.length > 0) candidates.push(examples[index % examples.length]);
  const properties = node['properties'] as Record<string, unknown> | undefined;
  if (properties !== undefined) {
    const required = Array.isArray(node['required']) ? (node['required'] as string[]) : [];
    const names = Object.keys(properties).filter((name) => only === 'all' || required.includes(name));
    candidates.push(Object.fromEntries(names.map((name) => [name, exemplar(operation, `${located}/properties/${escapePointerToken(name)}`, index)])));
  }
  if (typeof node['items'] === 'object') candidates.push([exemplar(operation, `${located}/items`, index)]);
  const found = candidates.find((candidate) => valid(candidate));
  if (found !== undefined) return found;
  return fc.sample(schemaArbitrary(located, operation), { seed: index, numRuns: 20 }).find((v) => valid(v));
}

/** How many distinct exemplars the schema at `pointer` offers: its (or a descendant's) longest list of examples or enum values. */
export function exemplarCount(operation: CreateUserOperation, pointer: string): number {
  const { pointer: located, node } = operation.schemaAt(pointer);
  const own = Math.max(Array.isArray(node['examples']) ? node['examples'].length : 0, Array.isArray(node['enum']) ? node['enum'].length : 0, 1);
  const children = Object.keys((node['properties'] ?? {}) as Record<string, unknown>).map((name) => `${located}/properties/${escapePointerToken(name)}`);
  if (typeof node['items'] === 'object') children.push(`${located}/items`);
  return Math.max(own, ...children.map((child) => exemplarCount(operation, child)));
}
