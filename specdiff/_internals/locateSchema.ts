import type { CreateUserOperation } from '../../spec/CreateUserOperation.ts';
import { getAtPointer } from '../../spec/jsonPointer.ts';
import type { SchemaNode } from '../schemaDetectors.ts';

/** A schema of one version and the pointer it really lives at. */
export interface SchemaSite {
  readonly operation: CreateUserOperation;
  readonly pointer: string;
  readonly node: SchemaNode;
}

/**
 * The schema at `pointer`, `$ref`s followed. An absent subschema (no `items`) and `true` accept
 * anything, so they read as `{}`; `false` reads as `{ not: {} }`, so changing to it is noticed.
 */
export function locateSchema(operation: CreateUserOperation, pointer: string): SchemaSite {
  const raw = getAtPointer(operation.spec.document, pointer);
  if (raw === undefined || raw === true) return { operation, pointer, node: {} };
  if (raw === false) return { operation, pointer, node: { not: {} } };
  const located = operation.schemaAt(pointer);
  return { operation, pointer: located.pointer, node: located.node };
}
