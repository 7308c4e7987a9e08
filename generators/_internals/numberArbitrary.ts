import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { optionalNumber, type SchemaNode } from './SchemaNode.ts';

/** `type: integer` and `type: number` with the inclusive and exclusive bounds of 2020-12. */
export function numberArbitrary(schema: SchemaNode, integer: boolean): Arbitrary<number> {
  const exclusiveMin = optionalNumber(schema['exclusiveMinimum']);
  const exclusiveMax = optionalNumber(schema['exclusiveMaximum']);
  const multipleOf = optionalNumber(schema['multipleOf']);
  let min = optionalNumber(schema['minimum']);
  let max = optionalNumber(schema['maximum']);
  if (integer) {
    if (exclusiveMin !== undefined) min = Math.max(min ?? -Infinity, Math.floor(exclusiveMin) + 1);
    if (exclusiveMax !== undefined) max = Math.min(max ?? Infinity, Math.ceil(exclusiveMax) - 1);
    const base = fc.integer({
      min: Math.ceil(min ?? Number.MIN_SAFE_INTEGER),
      max: Math.floor(max ?? Number.MAX_SAFE_INTEGER),
    });
    return multipleOf ? base.map((n) => Math.round(n / multipleOf) * multipleOf).filter(inRange) : base;
  }
  const base = fc.double({
    noNaN: true,
    noDefaultInfinity: true,
    min: min ?? exclusiveMin ?? -Number.MAX_VALUE,
    max: max ?? exclusiveMax ?? Number.MAX_VALUE,
    minExcluded: min === undefined && exclusiveMin !== undefined,
    maxExcluded: max === undefined && exclusiveMax !== undefined,
  });
  return multipleOf ? base.map((n) => Math.round(n / multipleOf) * multipleOf).filter(inRange) : base;

  function inRange(n: number): boolean {
    return (
      (min === undefined || n >= min) &&
      (max === undefined || n <= max) &&
      (exclusiveMin === undefined || n > exclusiveMin) &&
      (exclusiveMax === undefined || n < exclusiveMax)
    );
  }
}
