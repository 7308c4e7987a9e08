import type { ChangeKind } from './changeRules.ts';

/** A JSON Schema object as spec:diff reads it (boolean schemas are normalised before). */
export type SchemaNode = Readonly<Record<string, unknown>>;

/** One difference a detector found between the old and the new version of one schema. */
export interface Detection {
  readonly kind: ChangeKind;
  /** Pointer tokens below the schema where the change lives, e.g. `['maxLength']`. */
  readonly at: readonly string[];
  /** The document that holds it: the new one, unless it only exists in the old one. */
  readonly document: 'old' | 'new';
  /** What changed, as a phrase: `maxLength 128 → 64`, `value "email_address" removed`. */
  readonly detail: string;
}

/** Compares one family of keywords of a schema; the walker handles the subschemas. */
export interface SchemaDetector {
  readonly keywords: readonly string[];
  detect(before: SchemaNode, after: SchemaNode): Detection[];
}

const ALL_TYPES = ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string'];

// Upper bounds tighten when they shrink, lower bounds when they grow; absent means unbounded.
const BOUNDS: ReadonlyArray<{ keyword: string; tighterWhen: 'smaller' | 'larger' }> = [
  { keyword: 'maxLength', tighterWhen: 'smaller' },
  { keyword: 'minLength', tighterWhen: 'larger' },
  { keyword: 'maxItems', tighterWhen: 'smaller' },
  { keyword: 'minItems', tighterWhen: 'larger' },
  { keyword: 'maxProperties', tighterWhen: 'smaller' },
  { keyword: 'minProperties', tighterWhen: 'larger' },
  { keyword: 'maximum', tighterWhen: 'smaller' },
  { keyword: 'exclusiveMaximum', tighterWhen: 'smaller' },
  { keyword: 'minimum', tighterWhen: 'larger' },
  { keyword: 'exclusiveMinimum', tighterWhen: 'larger' },
];

/** The keyword families spec:diff classifies. Adding a keyword is adding an entry. */
export const SCHEMA_DETECTORS: readonly SchemaDetector[] = [
  {
    keywords: ['required'],
    detect: (before, after) =>
      setDelta(strings(before['required']), strings(after['required'])).flatMap(([name, added]) => [
        {
          kind: added ? 'required-added' : 'required-removed',
          at: ['required'],
          document: added ? 'new' : 'old',
          detail: `${name} is ${added ? 'now required' : 'no longer required'}`,
        },
      ]),
  },
  {
    keywords: [],
    detect: (before, after) =>
      setDelta(Object.keys(record(before['properties'])), Object.keys(record(after['properties']))).map(([name, added]) => ({
        kind: added ? 'property-added' : 'property-removed',
        at: ['properties', JSON.parse(name) as string],
        document: added ? 'new' : 'old',
        detail: `property ${name} ${added ? 'added' : 'removed'}`,
      })),
  },
  {
    keywords: ['type'],
    detect: (before, after) => {
      const [was, is] = [typeSet(before['type']), typeSet(after['type'])];
      if (was.size === is.size && [...was].every((t) => is.has(t))) return [];
      const widened = [...was].every((t) => is.has(t));
      const narrowed = [...is].every((t) => was.has(t));
      const kind: ChangeKind = widened ? 'type-widened' : narrowed ? 'type-narrowed' : 'type-changed';
      return [
        {
          kind,
          at: ['type'],
          document: 'new',
          detail: `type ${before['type'] === undefined ? 'any' : show(before['type'])} → ${after['type'] === undefined ? 'any' : show(after['type'])}`,
        },
      ];
    },
  },
  {
    keywords: ['enum', 'const'],
    detect: (before, after) => {
      const [was, is] = [enumValues(before), enumValues(after)];
      const at = [after['const'] !== undefined || (after['enum'] === undefined && before['const'] !== undefined) ? 'const' : 'enum'];
      if (was === undefined && is === undefined) return [];
      if (was === undefined) return [{ kind: 'enum-introduced', at, document: 'new', detail: `values restricted to ${show(is)}` }];
      if (is === undefined) return [{ kind: 'enum-dropped', at, document: 'old', detail: `the list ${show(was)} was dropped` }];
      return setDelta(was, is).map(([value, added]) => ({
        kind: added ? 'enum-value-added' : 'enum-value-removed',
        at,
        document: added ? 'new' : 'old',
        detail: `value ${value} ${added ? 'added' : 'removed'}`,
      }));
    },
  },
  {
    keywords: BOUNDS.map((b) => b.keyword),
    detect: (before, after) =>
      BOUNDS.flatMap(({ keyword, tighterWhen }) => {
        const [was, is] = [bound(before[keyword], tighterWhen), bound(after[keyword], tighterWhen)];
        if (was === is) return [];
        const tightened = tighterWhen === 'smaller' ? is < was : is > was;
        return [
          {
            kind: tightened ? 'bound-tightened' : 'bound-loosened',
            at: [keyword],
            document: after[keyword] === undefined ? 'old' : 'new',
            detail: `${keyword} ${showOrNone(before[keyword])} → ${showOrNone(after[keyword])}`,
          } satisfies Detection,
        ];
      }),
  },
  optionalStringDetector('format'),
  optionalStringDetector('pattern'),
];

// `format` and `pattern` restrict when added, relax when removed; two values cannot be compared.
function optionalStringDetector(keyword: 'format' | 'pattern'): SchemaDetector {
  return {
    keywords: [keyword],
    detect: (before, after) => {
      const [was, is] = [before[keyword], after[keyword]];
      if (was === is) return [];
      const kind: ChangeKind = was === undefined ? `${keyword}-added` : is === undefined ? `${keyword}-removed` : `${keyword}-changed`;
      return [{ kind, at: [keyword], document: is === undefined ? 'old' : 'new', detail: `${keyword} ${showOrNone(was)} → ${showOrNone(is)}` }];
    },
  };
}

/** Each element (as JSON text) only in one of the lists, with `true` when it is new. */
function setDelta(before: readonly unknown[], after: readonly unknown[]): Array<[string, boolean]> {
  const [was, is] = [new Set(before.map(show)), new Set(after.map(show))];
  return [
    ...[...was].filter((v) => !is.has(v)).map((v): [string, boolean] => [v, false]),
    ...[...is].filter((v) => !was.has(v)).map((v): [string, boolean] => [v, true]),
  ];
}

function enumValues(schema: SchemaNode): unknown[] | undefined {
  if (schema['const'] !== undefined) return [schema['const']];
  return Array.isArray(schema['enum']) ? schema['enum'] : undefined;
}

function typeSet(type: unknown): Set<string> {
  const types = type === undefined ? ALL_TYPES : Array.isArray(type) ? type.map(String) : [typeof type === 'string' ? type : JSON.stringify(type)];
  return new Set(types.includes('number') ? [...types, 'integer'] : types);
}

function bound(value: unknown, tighterWhen: 'smaller' | 'larger'): number {
  if (typeof value === 'number') return value;
  return tighterWhen === 'smaller' ? Infinity : -Infinity;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function show(value: unknown): string {
  return JSON.stringify(value);
}

function showOrNone(value: unknown): string {
  return value === undefined ? 'none' : show(value);
}
