import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { ValidateFunction } from 'ajv';
import { arrayArbitrary } from './_internals/arrayArbitrary.ts';
import { numberArbitrary } from './_internals/numberArbitrary.ts';
import { objectArbitrary } from './_internals/objectArbitrary.ts';
import type { BuildContext, SchemaNode } from './_internals/SchemaNode.ts';
import { stringArbitrary } from './_internals/stringArbitrary.ts';

/** What the converter needs from the spec, and where realism may replace the generic generator. */
export interface SchemaArbitraryOptions {
  /** Resolves a schema pointer, following `$ref`s, e.g. `CreateUserOperation.schemaAt`. */
  readonly schemaAt: (pointer: string) => { readonly pointer: string; readonly node: SchemaNode };
  /** Validator for a schema pointer; used only where a keyword cannot be generated directly. */
  readonly validatorAt: (pointer: string) => ValidateFunction;
  /** Instance-path patterns (`/identifiers/*`) whose values come from a hand-made arbitrary. */
  readonly overrides?: ReadonlyMap<string, Arbitrary<unknown>>;
  readonly defaultMaxItems?: number;
  readonly defaultMaxLength?: number;
}

type TypeBuilder = (ctx: BuildContext, options: Required<Omit<SchemaArbitraryOptions, 'overrides'>>) => Arbitrary<unknown>;

// One entry per JSON type: adding support for a type is adding a line here.
const byType: Readonly<Record<string, TypeBuilder>> = {
  string: (ctx, o) => stringArbitrary(ctx.schema, o.defaultMaxLength),
  integer: (ctx) => numberArbitrary(ctx.schema, true),
  number: (ctx) => numberArbitrary(ctx.schema, false),
  boolean: () => fc.boolean(),
  null: () => fc.constant(null),
  array: (ctx) => arrayArbitrary(ctx),
  object: (ctx) => objectArbitrary(ctx),
};

/**
 * Converts the JSON Schema at `pointer` (the 2020-12 subset OpenAPI 3.1 documents use: `$ref`,
 * `type` (one or several), `enum`, `const`, `oneOf`/`anyOf`/`allOf`, string, number, array and
 * object keywords, `format`) into a fast-check arbitrary of values valid against it.
 * Keywords it cannot build directly (`not`, `allOf`, `oneOf` exclusivity, unknown formats) are
 * honoured by filtering with Ajv, so what it yields is valid by construction or by check.
 */
export function schemaArbitrary(pointer: string, options: SchemaArbitraryOptions, instancePath = ''): Arbitrary<unknown> {
  const resolved = {
    schemaAt: options.schemaAt,
    validatorAt: options.validatorAt,
    defaultMaxItems: options.defaultMaxItems ?? 4,
    defaultMaxLength: options.defaultMaxLength ?? 32,
  };
  const build = (schemaPointer: string, path: string): Arbitrary<unknown> => {
    const override = options.overrides?.get(path);
    if (override) return override;
    const { pointer: located, node: schema } = resolved.schemaAt(schemaPointer);
    const ctx: BuildContext = {
      pointer: located,
      instancePath: path,
      schema,
      child: (childPointer, segment) => build(childPointer, `${path}/${segment}`),
      alternative: (childPointer) => build(childPointer, path),
      defaultMaxItems: resolved.defaultMaxItems,
    };
    const arbitrary = buildNode(ctx, resolved);
    return needsValidatorFilter(schema) ? arbitrary.filter((v) => resolved.validatorAt(ctx.pointer)(v)) : arbitrary;
  };
  return build(pointer, instancePath);
}

function buildNode(ctx: BuildContext, options: Parameters<TypeBuilder>[1]): Arbitrary<unknown> {
  const { schema, pointer } = ctx;
  if ('const' in schema) return fc.constant(schema['const']);
  if (Array.isArray(schema['enum'])) return fc.constantFrom(...(schema['enum'] as unknown[]));
  for (const combinator of ['oneOf', 'anyOf'] as const) {
    const branches = schema[combinator];
    if (Array.isArray(branches)) return fc.oneof(...branches.map((_, i) => ctx.alternative(`${pointer}/${combinator}/${i}`)));
  }
  if (Array.isArray(schema['allOf']) && schema['allOf'].length > 0 && schema['type'] === undefined) {
    return ctx.alternative(`${pointer}/allOf/0`);
  }
  const types = typesOf(schema);
  return fc.oneof(
    ...types.map((type) => {
      const builder = byType[type];
      if (!builder) throw new Error(`${pointer}: unsupported JSON type "${type}"`);
      return builder(ctx, options);
    }),
  );
}

function typesOf(schema: SchemaNode): string[] {
  const type = schema['type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type as string[];
  if (schema['properties'] !== undefined || schema['additionalProperties'] !== undefined) return ['object'];
  if (schema['items'] !== undefined || schema['prefixItems'] !== undefined) return ['array'];
  if (schema['maxLength'] !== undefined || schema['minLength'] !== undefined || schema['pattern'] !== undefined) return ['string'];
  return ['null', 'boolean', 'integer', 'number', 'string', 'array', 'object'];
}

function needsValidatorFilter(schema: SchemaNode): boolean {
  const format = schema['format'];
  return (
    'not' in schema ||
    'oneOf' in schema ||
    'allOf' in schema ||
    'if' in schema ||
    'dependentRequired' in schema ||
    'dependentSchemas' in schema ||
    'minProperties' in schema ||
    (typeof format === 'string' && format !== 'uuid' && format !== 'email')
  );
}
