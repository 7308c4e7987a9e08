import type { ValidateFunction } from 'ajv';
import type { CreateUserOperation, DocumentedResponse, StatusCodePairing } from './CreateUserOperation.ts';
import { deriveErrorVariants } from './deriveErrorVariants.ts';
import { readSpecDocument } from './readSpecDocument.ts';
import { SpecError } from './SpecError.ts';
import { joinPointer } from './jsonPointer.ts';
import { resolveLocalRef } from './_internals/resolveLocalRef.ts';
import { readCacheEntry } from './_internals/compiledSpecCache.ts';
import { specValidators } from './_internals/specValidators.ts';

/** The operation this product tests. Its identity is fixed; everything else comes from the spec. */
export const CREATE_USER_PATH = '/v2/session/apps/{appID}/users';
const METHOD = 'post';
const JSON_MEDIA_TYPE = /^application\/([\w.+-]+\+)?json$/i;

/**
 * Parses the document, registers it in one strict Ajv instance and indexes the create-user
 * operation. The validators of the request and of every response are compiled here, so a spec Ajv
 * refuses fails now, with the pointer, rather than in the middle of a run. What an earlier process
 * parsed and compiled from the same YAML (same sha256) is taken from the cache instead: a run
 * starts three or more processes, and each would otherwise parse and compile the same document.
 */
export function loadCreateUserOperation(specPath: string): CreateUserOperation {
  const earlier: { entry?: ReturnType<typeof readCacheEntry> } = {};
  const spec = readSpecDocument(specPath, (sha256) => (earlier.entry = readCacheEntry(sha256))?.document);
  const root = spec.document;
  const resolve = (pointer: string) => resolveLocalRef(specPath, root, pointer);
  const { validatorAt, keepForNextProcess } = specValidators(spec, earlier.entry?.validators);

  const pointer = joinPointer('', 'paths', CREATE_USER_PATH, METHOD);
  const operation = resolve(pointer);
  const info = resolve('/info').node;

  const request = indexRequestBody(specPath, resolve, pointer, operation.node, validatorAt);
  const responses = indexResponses(specPath, resolve, pointer, operation.node, validatorAt);
  const successStatus = [...responses.keys()]
    .map(Number)
    .filter((s) => s >= 200 && s < 300)
    .sort((a, b) => a - b)[0];
  if (successStatus === undefined) {
    throw new SpecError(specPath, `${pointer}/responses`, 'no 2xx response is documented');
  }
  const pairings: StatusCodePairing[] = [...responses.values()].flatMap((response) =>
    /^\d{3}$/.test(response.key)
      ? response.errorVariants.flatMap((variant) =>
          variant.codes.flatMap((code) =>
            variant.statusTexts.map((statusText) => ({
              httpStatus: Number(response.key),
              code,
              statusText,
              schemaName: variant.schemaName,
              schemaPointer: variant.schemaPointer,
            })),
          ),
        )
      : [],
  );

  keepForNextProcess();
  return {
    spec,
    title: scalarText(info['title']),
    version: scalarText(info['version']),
    method: 'POST',
    pathTemplate: CREATE_USER_PATH,
    pointer,
    request,
    responses,
    pairings,
    successStatus,
    validatorAt,
    schemaAt: (schemaPointer) => resolve(schemaPointer),
    responseFor: (status) => responses.get(String(status)) ?? responses.get(`${String(status)[0]}XX`) ?? responses.get('default'),
  };
}

type Resolve = (pointer: string) => ReturnType<typeof resolveLocalRef>;

/** `info.title` and `info.version` as text: YAML reads an unquoted `version: 2` as a number; anything else is no text. */
function scalarText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

function indexRequestBody(
  specPath: string,
  resolve: Resolve,
  operationPointer: string,
  operation: Record<string, unknown>,
  validatorAt: (p: string) => ValidateFunction,
): CreateUserOperation['request'] {
  if (operation['requestBody'] === undefined) {
    throw new SpecError(specPath, operationPointer, 'the operation has no requestBody');
  }
  const body = resolve(`${operationPointer}/requestBody`);
  const content = (body.node['content'] ?? {}) as Record<string, unknown>;
  const mediaType = Object.keys(content).find((m) => JSON_MEDIA_TYPE.test(m));
  if (mediaType === undefined) {
    throw new SpecError(specPath, `${body.pointer}/content`, 'no JSON media type for the request body');
  }
  const schemaPointer = resolve(joinPointer(body.pointer, 'content', mediaType, 'schema')).pointer;
  return { required: body.node['required'] === true, mediaType, schemaPointer, validate: validatorAt(schemaPointer) };
}

function indexResponses(
  specPath: string,
  resolve: Resolve,
  operationPointer: string,
  operation: Record<string, unknown>,
  validatorAt: (p: string) => ValidateFunction,
): Map<string, DocumentedResponse> {
  const keys = Object.keys(operation['responses'] ?? {});
  if (keys.length === 0) throw new SpecError(specPath, `${operationPointer}/responses`, 'no responses are documented');
  const responses = new Map<string, DocumentedResponse>();
  for (const key of keys) {
    if (!/^(\d{3}|[1-5]XX|default)$/.test(key)) {
      throw new SpecError(specPath, joinPointer(operationPointer, 'responses', key), `"${key}" is not a status code`);
    }
    const response = resolve(joinPointer(operationPointer, 'responses', key));
    const content = (response.node['content'] ?? {}) as Record<string, Record<string, unknown>>;
    const mediaTypes = Object.keys(content);
    const jsonType = mediaTypes.find((m) => JSON_MEDIA_TYPE.test(m));
    const schemaPointer =
      jsonType !== undefined && content[jsonType]?.['schema'] !== undefined ? joinPointer(response.pointer, 'content', jsonType, 'schema') : undefined;
    responses.set(key, {
      key,
      pointer: response.pointer,
      mediaTypes,
      schemaPointer,
      validate: schemaPointer === undefined ? undefined : validatorAt(schemaPointer),
      errorVariants: schemaPointer === undefined ? [] : deriveErrorVariants(schemaPointer, resolve),
    });
  }
  return responses;
}
