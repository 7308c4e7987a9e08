import type { Arbitrary } from 'fast-check';

/** A JSON Schema object as found in the spec (after `$ref` resolution). */
export type SchemaNode = Readonly<Record<string, unknown>>;

/** What every keyword-family builder needs: where it is, and how to recurse. */
export interface BuildContext {
  /** Pointer of the schema being built, so children can be addressed (and overridden) by pointer. */
  readonly pointer: string;
  /** Instance path of the value being generated (`/identifiers/*`), matched by overrides. */
  readonly instancePath: string;
  readonly schema: SchemaNode;
  readonly child: (schemaPointer: string, instancePathSegment: string) => Arbitrary<unknown>;
  /** A subschema describing the same value (a `oneOf` branch, an `allOf` part). */
  readonly alternative: (schemaPointer: string) => Arbitrary<unknown>;
  /** Upper bound for arrays and maps that the schema leaves unbounded. */
  readonly defaultMaxItems: number;
}

export function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}

export function optionalNumber(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}
