import { loadCreateUserOperation } from '../spec/loadCreateUserOperation.ts';
import type { CreateUserOperation, DocumentedResponse } from '../spec/CreateUserOperation.ts';
import { getAtPointer, joinPointer } from '../spec/jsonPointer.ts';
import { CHANGE_KINDS, ruleFor, ruleId } from './changeRules.ts';
import type { SpecChange } from './SpecChange.ts';
import { compareSchemas, type SchemaWalk } from './_internals/compareSchemas.ts';
import type { FoundChange } from './_internals/FoundChange.ts';
import { locateSchema } from './_internals/locateSchema.ts';

/** Which document a diff read: enough for a reader to tell the versions apart. */
export interface SpecVersion {
  readonly path: string;
  readonly title: string;
  readonly version: string;
  readonly sha256: string;
}

/** Every classified change of the create-user operation between two versions of the document. */
export interface SpecDiff {
  readonly old: SpecVersion;
  readonly new: SpecVersion;
  readonly changes: readonly SpecChange[];
}

/**
 * Compares `POST /v2/session/apps/{appID}/users` in two documents (plain YAML, or docs pages
 * embedding it), read by the suite's own loader, so a document the suite cannot run from is
 * refused here too (SpecError). Only this operation and what it references are compared.
 */
export function diffCreateUserSpecs(oldPath: string, newPath: string): SpecDiff {
  const before = loadCreateUserOperation(oldPath);
  const after = loadCreateUserOperation(newPath);
  const found: FoundChange[] = [];
  const report = (change: FoundChange) => found.push(change);

  compareMediaTypes(report, 'request', 'request body', requestContentPointer(before), requestContentPointer(after), before, after);
  walk(report, 'request', 'request body', before, before.request.schemaPointer, after, after.request.schemaPointer);
  compareParameters(report, before, after);
  for (const key of new Set([...before.responses.keys(), ...after.responses.keys()])) {
    const [was, is] = [before.responses.get(key), after.responses.get(key)];
    if (was === undefined || is === undefined) {
      const response = (is ?? was)!;
      const codes = response.errorVariants.flatMap((v) => v.codes);
      report({
        kind: is ? 'status-added' : 'status-removed',
        side: 'response',
        where: `response ${key}`,
        document: is ? 'new' : 'old',
        pointer: response.pointer,
        detail: `status ${key} ${is ? 'added' : 'removed'}${codes.length > 0 ? `, with error codes ${codes.join(', ')}` : ''}`,
      });
      continue;
    }
    compareMediaTypes(report, 'response', `response ${key}`, joinPointer(was.pointer, 'content'), joinPointer(is.pointer, 'content'), before, after);
    compareResponseSchemas(report, key, before, was, after, is);
  }
  return { old: versionOf(before), new: versionOf(after), changes: found.map(classify) };
}

function compareResponseSchemas(
  report: SchemaWalk['report'],
  key: string,
  before: CreateUserOperation,
  was: DocumentedResponse,
  after: CreateUserOperation,
  is: DocumentedResponse,
): void {
  if (was.schemaPointer !== undefined && is.schemaPointer !== undefined) {
    walk(report, 'response', `response ${key} body`, before, was.schemaPointer, after, is.schemaPointer);
  } else if (was.schemaPointer !== is.schemaPointer) {
    const document = is.schemaPointer === undefined ? 'old' : 'new';
    report({
      kind: 'unanalysed-change',
      side: 'response',
      where: `response ${key} body`,
      document,
      pointer: (is.schemaPointer ?? was.schemaPointer)!,
      detail: `the JSON body schema was ${document === 'new' ? 'added' : 'removed'}`,
    });
  }
}

function walk(
  report: SchemaWalk['report'],
  side: SchemaWalk['side'],
  where: string,
  before: CreateUserOperation,
  beforePointer: string,
  after: CreateUserOperation,
  afterPointer: string,
): void {
  compareSchemas({ side, where, report }, locateSchema(before, beforePointer), locateSchema(after, afterPointer));
}

function compareMediaTypes(
  report: SchemaWalk['report'],
  side: SchemaWalk['side'],
  where: string,
  beforeContent: string,
  afterContent: string,
  before: CreateUserOperation,
  after: CreateUserOperation,
): void {
  const [was, is] = [mediaTypesAt(before, beforeContent), mediaTypesAt(after, afterContent)];
  for (const [types, others, added] of [
    [was, is, false],
    [is, was, true],
  ] as const) {
    for (const type of types.filter((t) => !others.includes(t))) {
      report({
        kind: added ? 'media-type-added' : 'media-type-removed',
        side,
        where,
        document: added ? 'new' : 'old',
        pointer: joinPointer(added ? afterContent : beforeContent, type),
        detail: `media type ${type} ${added ? 'added' : 'removed'}`,
      });
    }
  }
}

/** Parameters (path item's and operation's) by `in` and `name`: their schemas are request rules. */
function compareParameters(report: SchemaWalk['report'], before: CreateUserOperation, after: CreateUserOperation): void {
  const [was, is] = [parametersOf(before), parametersOf(after)];
  for (const [key, old] of was) {
    const current = is.get(key);
    if (current !== undefined) {
      walk(report, 'request', key.replace(':', ' parameter '), before, joinPointer(old, 'schema'), after, joinPointer(current, 'schema'));
    }
  }
  // Adding or dropping a parameter is not classified: flag it for review rather than miss it.
  for (const [parameters, others, document] of [
    [was, is, 'old'],
    [is, was, 'new'],
  ] as const) {
    for (const [key, pointer] of parameters) {
      if (others.has(key)) continue;
      report({
        kind: 'unanalysed-change',
        side: 'request',
        where: key.replace(':', ' parameter '),
        document,
        pointer,
        detail: `parameter ${document === 'new' ? 'added' : 'removed'}`,
      });
    }
  }
}

function parametersOf(operation: CreateUserOperation): Map<string, string> {
  const found = new Map<string, string>();
  const pathItem = operation.pointer.slice(0, operation.pointer.lastIndexOf('/'));
  for (const owner of [pathItem, operation.pointer]) {
    const list = getAtPointer(operation.spec.document, joinPointer(owner, 'parameters'));
    for (const index of Object.keys(Array.isArray(list) ? list : [])) {
      const parameter = operation.schemaAt(joinPointer(owner, 'parameters', index));
      found.set(`${String(parameter.node['in'])}:${String(parameter.node['name'])}`, parameter.pointer);
    }
  }
  return found;
}

function requestContentPointer(operation: CreateUserOperation): string {
  return joinPointer(operation.schemaAt(joinPointer(operation.pointer, 'requestBody')).pointer, 'content');
}

function mediaTypesAt(operation: CreateUserOperation, contentPointer: string): string[] {
  const content = getAtPointer(operation.spec.document, contentPointer);
  return content !== null && typeof content === 'object' ? Object.keys(content) : [];
}

function classify(found: FoundChange): SpecChange {
  const rule = ruleFor(found.kind, found.side);
  return {
    rule: ruleId(rule),
    change: found.kind,
    side: found.side,
    clients: rule.clients,
    servers: rule.servers,
    where: found.where,
    pointer: found.pointer,
    document: found.document,
    message: `${found.where}: ${found.detail} (${CHANGE_KINDS[found.kind]}) — ${rule.why}.`,
  };
}

function versionOf(operation: CreateUserOperation): SpecVersion {
  return { path: operation.spec.path, title: operation.title, version: operation.version, sha256: operation.spec.sha256 };
}
