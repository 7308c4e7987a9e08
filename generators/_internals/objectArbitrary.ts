import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { escapePointerToken } from '../../spec/jsonPointer.ts';
import { LATITUDE } from '../../spec/latitude.ts';
import { optionalNumber, type BuildContext } from './SchemaNode.ts';

/**
 * `type: object`: declared `properties` (optional ones present or absent), `required`, and extra
 * keys when `additionalProperties` allows them (`true` or a schema), bounded by `maxProperties`.
 */
export function objectArbitrary(ctx: BuildContext): Arbitrary<Record<string, unknown>> {
  const { schema, pointer } = ctx;
  const properties = (schema['properties'] ?? {}) as Record<string, unknown>;
  const required = Array.isArray(schema['required']) ? (schema['required'] as string[]) : [];
  const declared: Record<string, Arbitrary<unknown>> = {};
  for (const name of Object.keys(properties)) {
    declared[name] = ctx.child(`${pointer}/properties/${escapePointerToken(name)}`, name);
  }
  const declaredArb = fc.record(declared, { requiredKeys: required, noNullPrototype: true });
  const additional = schema['additionalProperties'];
  if (additional === false || (additional === undefined && Object.keys(properties).length > 0)) {
    // An open object with declared properties stays closed here: extra keys are a negative-testing
    // concern, and random extra keys on a realistic request would only add noise.
    return declaredArb;
  }
  const valueArb = additional === undefined || additional === true ? fc.jsonValue() : ctx.child(`${pointer}/additionalProperties`, '*');
  const maxKeys = Math.min(optionalNumber(schema['maxProperties']) ?? ctx.defaultMaxItems, ctx.defaultMaxItems);
  // Keys a server may refuse as a prototype-pollution guard (`LATITUDE.reservedKeys`) are left to
  // the hostile phase, which sends them and names a refusal: any other case would blame it on the server.
  const reserved: readonly string[] = LATITUDE.reservedKeys.keys;
  const extraArb = fc.dictionary(
    fc.string({ minLength: 1, maxLength: 24 }).filter((k) => !Object.hasOwn(properties, k) && !reserved.includes(k)),
    valueArb,
    { maxKeys, noNullPrototype: true },
  );
  return fc.tuple(declaredArb, extraArb).map(([declaredPart, extraPart]) => ({ ...extraPart, ...declaredPart }));
}
