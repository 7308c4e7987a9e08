import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { numberOr, optionalNumber, type BuildContext } from './SchemaNode.ts';

/** `type: array` with `items`, `prefixItems`, `minItems`, `maxItems` and `uniqueItems`. */
export function arrayArbitrary(ctx: BuildContext): Arbitrary<unknown[]> {
  const { schema, pointer } = ctx;
  const prefix = Array.isArray(schema['prefixItems']) ? schema['prefixItems'].map((_, i) => ctx.child(`${pointer}/prefixItems/${i}`, String(i))) : [];
  const items =
    schema['items'] === false ? undefined : schema['items'] === undefined || schema['items'] === true ? fc.jsonValue() : ctx.child(`${pointer}/items`, '*');
  const minItems = Math.max(0, numberOr(schema['minItems'], 0) - prefix.length);
  const maxItems = items === undefined ? 0 : Math.max(minItems, (optionalNumber(schema['maxItems']) ?? ctx.defaultMaxItems + prefix.length) - prefix.length);
  const rest =
    items === undefined
      ? fc.constant<unknown[]>([])
      : schema['uniqueItems'] === true
        ? fc.uniqueArray(items, { minLength: minItems, maxLength: maxItems, selector: (v) => JSON.stringify(v) })
        : fc.array(items, { minLength: minItems, maxLength: maxItems });
  return fc.tuple(fc.tuple(...prefix), rest).map(([head, tail]) => [...head, ...tail]);
}
