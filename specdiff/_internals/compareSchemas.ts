import { isDeepStrictEqual } from 'node:util';
import { deriveErrorVariants } from '../../spec/deriveErrorVariants.ts';
import { joinPointer } from '../../spec/jsonPointer.ts';
import type { ChangeKind } from '../changeRules.ts';
import { SCHEMA_DETECTORS, type SchemaNode } from '../schemaDetectors.ts';
import { locateSchema, type SchemaSite } from './locateSchema.ts';
import { matchBranches, type Branch } from './matchBranches.ts';
import type { FoundChange } from './FoundChange.ts';

/** Where in the operation a schema walk is, and where its findings go. */
export interface SchemaWalk {
  readonly side: FoundChange['side'];
  /** `request body`, `response 400 body`: the instance path is appended. */
  readonly where: string;
  readonly report: (found: FoundChange) => void;
}

/** `code` of an error schema: its enum values are the status's error codes, not any enum. */
type Role = 'schema' | 'error-code';

const KIND_IN_ROLE: Readonly<Record<Role, Partial<Record<ChangeKind, ChangeKind>>>> = {
  schema: {},
  'error-code': { 'enum-value-added': 'error-code-added', 'enum-value-removed': 'error-code-removed' },
};

// Keywords that describe without constraining (a change is never breaking), and the ones whose
// subschemas the walk descends into. Any other keyword that differs is reported as unanalysed.
const ANNOTATIONS = [
  'title',
  'description',
  'examples',
  'example',
  'deprecated',
  '$comment',
  'readOnly',
  'writeOnly',
  'externalDocs',
  'xml',
  'discriminator',
  '$ref',
];
const SUBSCHEMAS = ['properties', 'items', 'additionalProperties', 'oneOf', 'anyOf', 'allOf'];
const ANALYSED = new Set([...ANNOTATIONS, ...SUBSCHEMAS, ...SCHEMA_DETECTORS.flatMap((d) => d.keywords)]);

/**
 * Compares two versions of a schema used at one place of the operation, following `$ref`s, so a
 * change inside a component is reported where the operation uses it, with the component's pointer.
 */
export function compareSchemas(
  walk: SchemaWalk,
  before: SchemaSite,
  after: SchemaSite,
  instancePath = '',
  role: Role = 'schema',
  ancestors: ReadonlySet<string> = new Set(),
): void {
  const pairKey = `${before.pointer} ${after.pointer}`;
  if (ancestors.has(pairKey)) return; // a recursive schema: this pair is already being compared
  const path = new Set(ancestors).add(pairKey);
  const wrapped = unionOnOneSide(walk, before, after);
  if (wrapped !== undefined) return compareBranches(walk, wrapped.before, wrapped.after, instancePath, path);
  const where = instancePath ? `${walk.where} ${instancePath}` : walk.where;
  const report = (kind: ChangeKind, document: 'old' | 'new', tokens: readonly string[], detail: string) =>
    walk.report({
      kind: KIND_IN_ROLE[role][kind] ?? kind,
      side: walk.side,
      where,
      document,
      pointer: joinPointer((document === 'new' ? after : before).pointer, ...tokens),
      detail,
    });

  for (const detector of SCHEMA_DETECTORS) {
    for (const found of detector.detect(before.node, after.node)) report(found.kind, found.document, found.at, found.detail);
  }
  for (const keyword of new Set([...Object.keys(before.node), ...Object.keys(after.node)])) {
    if (ANALYSED.has(keyword) || keyword.startsWith('x-') || isDeepStrictEqual(before.node[keyword], after.node[keyword])) continue;
    report('unanalysed-change', keyword in after.node ? 'new' : 'old', [keyword], `${keyword} ${show(before.node[keyword])} → ${show(after.node[keyword])}`);
  }

  const child = (tokens: string[], childPath: string, childRole: Role = 'schema') =>
    compareSchemas(
      walk,
      locateSchema(before.operation, joinPointer(before.pointer, ...tokens)),
      locateSchema(after.operation, joinPointer(after.pointer, ...tokens)),
      childPath,
      childRole,
      path,
    );
  const beforeProperties = (before.node['properties'] ?? {}) as SchemaNode;
  const afterProperties = (after.node['properties'] ?? {}) as SchemaNode;
  const codesArePinned = walk.side === 'response' && isErrorSchema(before) && isErrorSchema(after);
  for (const name of Object.keys(beforeProperties).filter((n) => n in afterProperties)) {
    child(['properties', name], `${instancePath}/${name}`, name === 'code' && codesArePinned ? 'error-code' : 'schema');
  }
  for (const keyword of ['items', 'additionalProperties']) {
    if (keyword in before.node || keyword in after.node) child([keyword], `${instancePath}/*`);
  }
  for (const keyword of ['oneOf', 'anyOf', 'allOf']) {
    const [was, is] = [before.node[keyword], after.node[keyword]];
    if (was === undefined && is === undefined) continue;
    if (!Array.isArray(was) || !Array.isArray(is) || (keyword === 'allOf' && was.length !== is.length)) {
      if (!isDeepStrictEqual(was, is)) report('unanalysed-change', is === undefined ? 'old' : 'new', [keyword], `${keyword} changed shape`);
      continue;
    }
    if (keyword === 'allOf') {
      was.forEach((_, i) => child([keyword, String(i)], instancePath));
      continue;
    }
    compareBranches(walk, branchesOf(walk, before, keyword), branchesOf(walk, after, keyword), instancePath, path);
  }
}

function compareBranches(walk: SchemaWalk, before: readonly Branch[], after: readonly Branch[], instancePath: string, path: ReadonlySet<string>): void {
  const match = matchBranches(before, after);
  for (const [old, current] of match.pairs) compareSchemas(walk, old.site, current.site, instancePath, 'schema', path);
  const codesIn = (list: readonly Branch[]) => new Set(list.flatMap((b) => b.codes));
  const [codesBefore, codesAfter] = [codesIn(before), codesIn(after)];
  for (const branch of match.removed)
    reportBranch(
      branch,
      false,
      branch.codes.filter((c) => !codesAfter.has(c)),
      walk,
      instancePath,
    );
  for (const branch of match.added)
    reportBranch(
      branch,
      true,
      branch.codes.filter((c) => !codesBefore.has(c)),
      walk,
      instancePath,
    );
}

/**
 * A schema that became a `oneOf`/`anyOf` (or stopped being one) is compared as a union of one
 * branch, so wrapping `$ref: X` into `oneOf: [X, Y]` reads as "Y added", not as X torn apart.
 */
function unionOnOneSide(walk: SchemaWalk, before: SchemaSite, after: SchemaSite): { before: Branch[]; after: Branch[] } | undefined {
  const [was, is] = [pureUnionKeyword(before.node), pureUnionKeyword(after.node)];
  const hasUnion = (node: SchemaNode) => 'oneOf' in node || 'anyOf' in node;
  if (was !== undefined && is === undefined && !hasUnion(after.node)) return { before: branchesOf(walk, before, was), after: [branchFor(walk, after)] };
  if (is !== undefined && was === undefined && !hasUnion(before.node)) return { before: [branchFor(walk, before)], after: branchesOf(walk, after, is) };
  return undefined;
}

function pureUnionKeyword(node: SchemaNode): string | undefined {
  const keyword = ['oneOf', 'anyOf'].find((k) => Array.isArray(node[k]));
  return keyword !== undefined && Object.keys(node).every((k) => k === keyword || ANNOTATIONS.includes(k)) ? keyword : undefined;
}

/**
 * An unpaired branch: an error schema whose codes the status did not have (or no longer has) is
 * an error code change; any other branch (including an error schema for codes the status keeps)
 * is a change of shape.
 */
function reportBranch(branch: Branch, added: boolean, newCodes: readonly string[], walk: SchemaWalk, instancePath: string): void {
  const where = instancePath ? `${walk.where} ${instancePath}` : walk.where;
  const document = added ? 'new' : 'old';
  const verb = added ? 'added' : 'removed';
  if (newCodes.length === 0) {
    walk.report({
      kind: added ? 'branch-added' : 'branch-removed',
      side: walk.side,
      where,
      document,
      pointer: branch.site.pointer,
      detail: `${branchName(branch)} ${verb}`,
    });
    return;
  }
  for (const code of newCodes) {
    walk.report({
      kind: added ? 'error-code-added' : 'error-code-removed',
      side: walk.side,
      where: `${walk.where} ${instancePath}/code`,
      document,
      pointer: joinPointer(branch.site.pointer, 'properties', 'code'),
      detail: `value ${show(code)} ${verb} (with ${branchName(branch)})`,
    });
  }
}

function branchesOf(walk: SchemaWalk, parent: SchemaSite, keyword: string): Branch[] {
  const count = (parent.node[keyword] as unknown[]).length;
  return Array.from({ length: count }, (_, i) => branchFor(walk, locateSchema(parent.operation, joinPointer(parent.pointer, keyword, String(i)))));
}

function branchFor(walk: SchemaWalk, site: SchemaSite): Branch {
  const codes = walk.side === 'response' && isErrorSchema(site) ? deriveErrorVariants(site.pointer, site.operation.schemaAt).flatMap((v) => v.codes) : [];
  return { site, codes };
}

/** An error schema pins `code` and `status`, as deriveErrorVariants reads the pairings. */
function isErrorSchema(site: SchemaSite): boolean {
  return 'properties' in site.node && deriveErrorVariants(site.pointer, site.operation.schemaAt).length > 0;
}

function branchName(branch: Branch): string {
  const component = /^\/components\/schemas\/([^/]+)$/.exec(branch.site.pointer)?.[1];
  return component === undefined ? 'an inline branch' : `branch ${component}`;
}

function show(value: unknown): string {
  return value === undefined ? 'none' : JSON.stringify(value);
}
