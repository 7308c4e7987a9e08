import type { ErrorObject } from 'ajv';

// Ajv's errors as text, written once for every layer: all of a response body's errors merged into
// one line (`formatAjvErrors`, for a finding), or one error as one statement (`ajvErrorText`: why a
// request is invalid, a line of a configuration file's or profile's problems).

/** What the errors are about, so the line can name it: the data judged and the root `oneOf`'s schemas. */
export interface AjvErrorContext {
  /** The value validated: an error then shows the value it saw (`"code" FST_ERR_VALIDATION is none of …`). */
  readonly data?: unknown;
  /** How the schemas of a root `oneOf`/`anyOf` are named: `400 error schemas`. */
  readonly branchesCalled?: string;
  /** How many schemas the root `oneOf`/`anyOf` has, when the caller knows (Ajv's errors do not say). */
  readonly branches?: number;
}

/**
 * How a statement names where an error is and the values an enum allows: a JSON body by its
 * pointer (`/id must be string`, `(root)` for the body itself) and values as JSON; a settings file by
 * the key its author writes (`"rejectionCodes.id" must be array`) and values as a list (`(error, warning)`).
 */
export type AjvErrorWording = 'body' | 'settings';

const WORDINGS: Readonly<Record<AjvErrorWording, { readonly place: (pointer: string) => string; readonly values: (values: readonly unknown[]) => string }>> = {
  body: { place: (pointer) => pointer || '(root)', values: (values) => JSON.stringify(values) },
  settings: {
    place: (pointer) => JSON.stringify(pointer.split('/').slice(1).map(unescapePointer).join('.')),
    values: (values) => `(${values.join(', ')})`,
  },
};

/**
 * One error as one statement, as Ajv words it plus what it leaves in its params (the values an
 * enum allows, the property that is not allowed): `/id must be string`,
 * `"failOn" must be equal to one of the allowed values (error, warning)`.
 */
export function ajvErrorText(error: ErrorObject, wording: AjvErrorWording = 'body'): string {
  const { place, values } = WORDINGS[wording];
  const params = error.params as Record<string, unknown>;
  const named =
    error.keyword === 'enum' && Array.isArray(params['allowedValues'])
      ? ` ${values(params['allowedValues'])}`
      : error.keyword === 'additionalProperties'
        ? ` "${String(params['additionalProperty'])}"`
        : '';
  return `${place(error.instancePath)} ${messageOf(error)}${named}`;
}

/** Statements (and allowed values of one enum) listed in full; the rest are counted, so the line stays bounded. */
const MAX_LISTED = 6;
const MAX_VALUES = 8;
const MAX_SEEN_CHARS = 40;
const NUMBER_WORDS = ['none', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const COMBINATORS = new Set(['oneOf', 'anyOf']);

// JSON Schema keywords: where a schema path leaves a (sub)schema's root for one of its keywords.
// A `$ref`'d branch is reported at paths inside the schema it refers to, so its root is where the
// first keyword starts (`#/components/schemas/InvalidRequestError` of `…/InvalidRequestError/required`).
const KEYWORDS = new Set([
  ...['oneOf', 'anyOf', 'allOf', 'not', 'if', 'then', 'else', '$ref', 'properties', 'patternProperties', 'additionalProperties', 'propertyNames'],
  ...['items', 'prefixItems', 'contains', 'unevaluatedItems', 'unevaluatedProperties', 'dependentSchemas', 'dependentRequired', 'required'],
  ...['type', 'enum', 'const', 'format', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'],
  ...['multipleOf', 'minItems', 'maxItems', 'uniqueItems', 'minContains', 'maxContains', 'minProperties', 'maxProperties', 'discriminator'],
]);

/**
 * Ajv's errors as one readable, bounded line. A body that fails a `oneOf` fails each of its
 * schemas, and Ajv lists every schema's errors: a flat list reads as if the body broke the same
 * rule three times. So a combinator's errors are merged across its schemas: what every schema says
 * (`"status" missing`) is said once, an enum that each schema restricts differently lists the union
 * of their values once with the value seen, and what only some schemas say is counted (`in one of
 * three`): `matches none of the three 400 error schemas: "status" missing; "code"
 * FST_ERR_VALIDATION is none of invalid_request, invalid_id, too_many_user_identifiers`.
 */
export function formatAjvErrors(errors: readonly ErrorObject[] | null | undefined, context: AjvErrorContext = {}): string {
  if (!errors || errors.length === 0) return 'invalid';
  const blocks = combinatorBlocks(errors);
  const inBlock = new Set([...blocks.values()].flatMap((b) => b.members));
  const statements: string[] = [];
  errors.forEach((error, index) => {
    if (inBlock.has(index)) return;
    statements.push(blocks.has(index) ? combinatorText(errors, index, blocks, context, true) : ajvErrorText(error));
  });
  return listed(statements);
}

/** A combinator's failure and the errors of its schemas: `members` are their indexes, nested combinators' included. */
interface Block {
  readonly members: readonly number[];
}

/**
 * For every failing `oneOf`/`anyOf`, the errors of its schemas: Ajv emits them just before the
 * combinator's own error, at or below its instance path. A run of them ends at an error of the
 * combinator's parent schema (a sibling keyword such as `required`), which is not one of them.
 */
function combinatorBlocks(errors: readonly ErrorObject[]): Map<number, Block> {
  const blocks = new Map<number, Block>();
  errors.forEach((error, index) => {
    if (!COMBINATORS.has(error.keyword)) return;
    const parentRoot = schemaRoot(error.schemaPath);
    const members: number[] = [];
    let at = index - 1;
    while (at >= 0) {
      const candidate = errors[at]!;
      if (!isWithin(candidate.instancePath, error.instancePath)) break;
      const nested = blocks.get(at);
      if (nested) {
        members.push(at, ...nested.members);
        at = Math.min(at, ...nested.members) - 1;
        continue;
      }
      const own = candidate.schemaPath.startsWith(`${error.schemaPath}/`);
      if (!own && schemaRoot(candidate.schemaPath) === parentRoot) break;
      members.push(at);
      at--;
    }
    blocks.set(index, { members });
  });
  return blocks;
}

/** The merged text of a failing combinator at `index`: what its schemas say, each said once. */
function combinatorText(
  errors: readonly ErrorObject[],
  index: number,
  blocks: ReadonlyMap<number, Block>,
  context: AjvErrorContext,
  outermost: boolean,
): string {
  const error = errors[index]!;
  // The caller's names and count describe the schema's own combinator: the outermost one, at the root.
  const atRoot = outermost && error.instancePath === '';
  const where = error.instancePath === '' ? '' : `${error.instancePath} `;
  const called = atRoot && context.branchesCalled ? context.branchesCalled : 'schemas';
  const passing = (error.params as { passingSchemas?: unknown }).passingSchemas;
  const members = blocks.get(index)!.members;
  // Errors of a nested combinator are its own: they are said inside its text.
  const nestedMembers = new Set(members.flatMap((m) => blocks.get(m)?.members ?? []));
  const direct = members.filter((m) => !nestedMembers.has(m)).sort((a, b) => a - b);
  const branchOf = (m: number) => branchKey(errors[m]!, error);
  const seenBranches = new Set(direct.map(branchOf)).size;
  const count = atRoot && context.branches !== undefined ? context.branches : seenBranches > 0 ? seenBranches : undefined;
  const ofThe = count === undefined ? `its ${called}` : `the ${numberWord(count)} ${called}`;
  if (Array.isArray(passing)) {
    // The schemas that passed left no errors: only the caller's count says how many there are.
    const of = atRoot && context.branches !== undefined ? `the ${numberWord(context.branches)} ${called}` : `its ${called}`;
    return `${where}matches ${numberWord(passing.length)} of ${of}, where oneOf allows exactly one`;
  }
  const claims = new Map<string, { text: () => string; branches: Set<string>; values: unknown[] }>();
  for (const m of direct) {
    const claim: Claim = blocks.has(m) ? { key: `nested|${m}`, text: combinatorText(errors, m, blocks, context, false) } : claimOf(errors[m]!, context.data);
    const entry = claims.get(claim.key) ?? { text: () => claim.text, branches: new Set<string>(), values: [] };
    entry.branches.add(branchOf(m));
    if ('values' in claim) {
      entry.values.push(...claim.values.filter((v) => !entry.values.some((known) => JSON.stringify(known) === JSON.stringify(v))));
      entry.text = () => claim.valuesText(entry.values);
    }
    claims.set(claim.key, entry);
  }
  const total = count ?? seenBranches;
  const statements = [...claims.values()].map(({ text, branches }) =>
    branches.size >= total || total <= 1 ? text() : `${text()} (in ${numberWord(branches.size)} of ${numberWord(total)})`,
  );
  return `${where}matches none of ${ofThe}${statements.length > 0 ? `: ${listed(statements)}` : ''}`;
}

type Claim =
  | { readonly key: string; readonly text: string }
  | { readonly key: string; readonly text: string; readonly values: readonly unknown[]; readonly valuesText: (values: readonly unknown[]) => string };

/** One branch error as a statement that the same error of another branch makes too (same key). */
function claimOf(error: ErrorObject, data: unknown): Claim {
  const params = error.params as Record<string, unknown>;
  const path = error.instancePath;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params['missingProperty']);
      return { key: `required|${path}|${missing}`, text: `${place(`${path}/${escapePointer(missing)}`)} missing` };
    }
    case 'enum':
    case 'const': {
      const values = error.keyword === 'enum' && Array.isArray(params['allowedValues']) ? (params['allowedValues'] as unknown[]) : [params['allowedValue']];
      const seen = data === undefined ? '' : ` ${shown(valueAt(data, path))}`;
      const valuesText = (all: readonly unknown[]) =>
        `${place(path)}${seen} is ${all.length === 1 ? 'not' : 'none of'} ${all
          .slice(0, MAX_VALUES)
          .map(shown)
          .join(', ')}${all.length > MAX_VALUES ? ` (+${all.length - MAX_VALUES} more)` : ''}`;
      return { key: `enum|${path}`, text: valuesText(values), values, valuesText };
    }
    case 'additionalProperties': {
      const extra = String(params['additionalProperty']);
      return { key: `extra|${path}|${extra}`, text: `${place(`${path}/${escapePointer(extra)}`)} is not allowed` };
    }
    default:
      return { key: `${error.keyword}|${path}|${error.message ?? ''}`, text: `${place(path)} ${messageOf(error)}` };
  }
}

/** Ajv's own words (`must be string`); an Ajv built with `messages: false` leaves only the keyword. */
function messageOf(error: ErrorObject): string {
  return error.message ?? `is invalid (${error.keyword})`;
}

/** Which of the combinator's schemas an error belongs to: its index for an inline schema, else the referenced schema's root. */
function branchKey(error: ErrorObject, combinator: ErrorObject): string {
  const own = `${combinator.schemaPath}/`;
  if (error.schemaPath.startsWith(own)) return own + error.schemaPath.slice(own.length).split('/')[0]!;
  return schemaRoot(error.schemaPath);
}

/** A schema path up to its first keyword: the (sub)schema whose keyword it is. */
function schemaRoot(schemaPath: string): string {
  const segments = schemaPath.split('/');
  const first = segments.findIndex((segment, i) => i > 0 && KEYWORDS.has(segment));
  return (first === -1 ? segments : segments.slice(0, first)).join('/');
}

function isWithin(instancePath: string, ancestor: string): boolean {
  return instancePath === ancestor || instancePath.startsWith(`${ancestor}/`);
}

/** A property of the root as `"status"`, anything deeper as its pointer (`/identifiers/0/type`), the root as `(root)`. */
function place(pointer: string): string {
  if (pointer === '') return '(root)';
  const segments = pointer.split('/').slice(1);
  return segments.length === 1 ? JSON.stringify(unescapePointer(segments[0]!)) : pointer;
}

function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const segment of pointer.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[unescapePointer(segment)];
  }
  return node;
}

/** A value as seen in the body: a plain word bare (`FST_ERR_VALIDATION`), anything else as JSON, cut short. */
function shown(value: unknown): string {
  if (typeof value === 'string' && /^[\w.:+-]+$/.test(value) && value.length <= MAX_SEEN_CHARS) return value;
  const json = JSON.stringify(value) ?? 'undefined';
  return json.length <= MAX_SEEN_CHARS ? json : `${json.slice(0, MAX_SEEN_CHARS)}…`;
}

function numberWord(count: number): string {
  return NUMBER_WORDS[count] ?? String(count);
}

function listed(statements: readonly string[]): string {
  const shownStatements = statements.slice(0, MAX_LISTED).join('; ');
  return statements.length > MAX_LISTED ? `${shownStatements} (+${statements.length - MAX_LISTED} more)` : shownStatements;
}

function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

function unescapePointer(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}
