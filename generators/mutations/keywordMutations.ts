import type { ValidateFunction } from 'ajv';
import { REMOVE } from '../_internals/editAt.ts';
import { instancePathText, type SchemaLocation, type Segment } from '../_internals/schemaLocations.ts';
import { FORMAT_NEAR_MISSES } from './formatNearMisses.ts';

/** One way to break one keyword at one location of the request schema. */
export interface KeywordMutation {
  /** The family the mutation belongs to (a keyword, or a group of keywords such as `length`). */
  readonly family: string;
  /** Distinguishes several mutations of one keyword at one location (`null`, `astral`, `braces`). */
  readonly variantName: string | undefined;
  readonly path: readonly Segment[];
  /** The JSON pointer of the rule broken, in the spec document. */
  readonly rule: string;
  readonly description: string;
  /** The new value at `path` from the current one (undefined when absent); `variant` picks among alternatives. */
  readonly edit: (current: unknown, variant: number) => unknown;
}

type Derive = (location: SchemaLocation, validatorAt: (pointer: string) => ValidateFunction) => KeywordMutation[];

// Values of each JSON type, several so that a target cannot pass by special-casing one of them.
const VALUES_OF_TYPE: Readonly<Record<string, readonly unknown[]>> = {
  null: [null],
  boolean: [true, false],
  integer: [0, 42, -1],
  number: [1.5, -0.25],
  string: ['', 'x', '42', 'true', 'null'],
  array: [[], ['x']],
  object: [{}, { x: 'y' }],
};
const ASTRAL = ['\u{1F600}', '\u{1D54F}', '\u{20000}'];

const pick = <T>(values: readonly T[], variant: number): T => values[variant % values.length]!;
const where = (path: readonly Segment[]) => instancePathText(path) || 'the body';

/**
 * Keyword → the mutations it yields at a location. Derived from the schema, so a spec change
 * changes the catalogue. Adding a keyword is adding an entry.
 */
export const KEYWORD_MUTATIONS: Readonly<Record<string, Derive>> = {
  required: ({ node, pointer, path }) => {
    const required = Array.isArray(node['required']) ? (node['required'] as string[]) : [];
    return required.map((name, index) => ({
      family: 'required',
      variantName: undefined,
      path: [...path, { kind: 'property', name }],
      rule: `${pointer}/required/${index}`,
      description: `${where([...path, { kind: 'property', name }])} missing (required)`,
      edit: () => REMOVE,
    }));
  },
  type: ({ node, pointer, path }) => {
    const allowed = typeof node['type'] === 'string' ? [node['type']] : Array.isArray(node['type']) ? (node['type'] as string[]) : [];
    if (allowed.length === 0) return [];
    // Any number is wrong where only integers are allowed; no integer is wrong where numbers are.
    const wrong = Object.keys(VALUES_OF_TYPE).filter((t) => !allowed.includes(t) && !(t === 'integer' && allowed.includes('number')));
    return wrong.map((type) => ({
      family: 'type',
      variantName: type,
      path,
      rule: `${pointer}/type`,
      description: `${where(path)} of type ${type} (the spec says ${allowed.join(' or ')})`,
      edit: (_current, variant) => pick(VALUES_OF_TYPE[type]!, variant),
    }));
  },
  enum: ({ node, pointer, path }) => {
    const values = Array.isArray(node['enum']) ? (node['enum'] as unknown[]) : [];
    if (values.length === 0) return [];
    const first = String(values.find((v) => typeof v === 'string') ?? 'value');
    const outside = [`${first}_unknown`, first.toUpperCase(), ` ${first}`, first.slice(0, -1), 'unknown', ''].filter(
      (candidate, i, all) => all.indexOf(candidate) === i && !values.includes(candidate),
    );
    return [
      {
        family: 'enum',
        variantName: undefined,
        path,
        rule: `${pointer}/enum`,
        description: `${where(path)} not one of ${JSON.stringify(values)} (case, spacing, near names)`,
        edit: (_current, variant) => pick(outside, variant),
      },
    ];
  },
  maxLength: ({ node, pointer, path }) => {
    const max = node['maxLength'];
    if (typeof max !== 'number') return [];
    const base = { family: 'length', path, rule: `${pointer}/maxLength` };
    return [
      { ...base, variantName: undefined, description: `${where(path)} of ${max + 1} code points (maxLength ${max})`, edit: () => 'x'.repeat(max + 1) },
      {
        ...base,
        variantName: 'astral',
        description: `${where(path)} of ${max + 1} astral-plane code points (${2 * (max + 1)} UTF-16 units; maxLength counts code points)`,
        edit: (_current, variant) => pick(ASTRAL, variant).repeat(max + 1),
      },
    ];
  },
  minLength: ({ node, pointer, path }) => {
    const min = node['minLength'];
    if (typeof min !== 'number' || min === 0) return [];
    return [
      {
        family: 'length',
        variantName: 'short',
        path,
        rule: `${pointer}/minLength`,
        description: `${where(path)} of ${min - 1} code points (minLength ${min})`,
        edit: () => 'x'.repeat(min - 1),
      },
    ];
  },
  format: ({ node, pointer, path }, validatorAt) => {
    const format = FORMAT_NEAR_MISSES[String(node['format'])];
    if (format === undefined) return [];
    const example = Array.isArray(node['examples']) ? node['examples'].find((e) => typeof e === 'string' && validatorAt(pointer)(e)) : undefined;
    const validBase = (current: unknown): string => (typeof current === 'string' && validatorAt(pointer)(current) ? current : (example ?? format.sample));
    return format.nearMisses.map((nearMiss) => ({
      family: 'format',
      variantName: nearMiss.name,
      path,
      rule: `${pointer}/format`,
      description: `${where(path)} ${nearMiss.description} (format ${String(node['format'])})`,
      edit: (current) => nearMiss.make(validBase(current)),
    }));
  },
  additionalProperties: ({ node, pointer, path }) => {
    if (node['additionalProperties'] !== false) return [];
    return [
      {
        family: 'additionalProperties',
        variantName: undefined,
        path,
        rule: `${pointer}/additionalProperties`,
        description: `${where(path)} with an undeclared property (additionalProperties: false)`,
        edit: (current) => (current !== null && typeof current === 'object' && !Array.isArray(current) ? { ...current, undeclared_property: 'x' } : REMOVE),
      },
    ];
  },
};
