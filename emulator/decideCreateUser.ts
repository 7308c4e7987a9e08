import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import { IDENTIFIER_RULES } from './identifierRules.ts';
import { typeIdSuffix, uuidV7 } from './typeId.ts';
import type { UserStore } from './UserStore.ts';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The emulator's answer before it is written to the socket. */
export interface EmulatorAnswer {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly headers?: Readonly<Record<string, string>>;
}

/** What the HTTP layer hands over for one `POST .../users`. */
export interface CreateUserCall {
  readonly appId: string;
  readonly authorization: string | undefined;
  readonly contentType: string | undefined;
  readonly body: Buffer;
  readonly bodyTooLarge: boolean;
}

export interface EmulatorSettings {
  readonly token: string;
  readonly identifierLimit: number;
}

/**
 * The create-user semantics, as far as the real API is known (DESIGN.md): auth, then the app,
 * then the body (media type, JSON, schema, identifier values, identifier count), then conflicts.
 * Error bodies are built from the spec's own error schemas, so code and status always pair.
 */
export function decideCreateUser(call: CreateUserCall, store: UserStore, operation: CreateUserOperation, settings: EmulatorSettings): EmulatorAnswer {
  const error = (code: string, detail?: string) => errorAnswer(operation, code, detail);
  if (call.authorization !== `Bearer ${settings.token}`) {
    return { status: 401, body: { code: 'invalid_api_token', status: 'unauthorized', message: 'The API token is missing or invalid.' } };
  }
  const appState = store.appState(call.appId);
  if (appState === 'unknown') return error('app_not_found');
  if (appState === 'disabled') return error('session_disabled');
  if (call.bodyTooLarge) return error('invalid_request', 'The request body is too large.');
  if (!/^application\/json\s*(;|$)/i.test(call.contentType ?? '')) {
    return error('invalid_request', 'The request body must be application/json.');
  }
  let request: unknown;
  try {
    // Fatal decoding: JSON text is UTF-8 (RFC 8259 §8.1); a lenient decode would accept bad bytes as U+FFFD.
    request = JSON.parse(UTF8.decode(call.body));
  } catch {
    return error('invalid_request', 'The request body is not valid UTF-8 JSON.');
  }
  const validate = operation.request.validate;
  if (!validate(request)) {
    const onlyId = validate.errors?.every((e) => e.instancePath === '/id') ?? false;
    return onlyId ? error('invalid_id') : error('invalid_request', `${validate.errors?.[0]?.instancePath || 'body'} ${validate.errors?.[0]?.message ?? 'is invalid'}.`);
  }
  const { identifiers, external_id: externalId, id } = request as {
    identifiers: Array<{ type: string; value: string }>; external_id?: string; id?: string;
  };
  if (identifiers.length > settings.identifierLimit) return error('too_many_user_identifiers');
  const identifierKeys: string[] = [];
  for (const { type, value } of identifiers) {
    const rule = IDENTIFIER_RULES[type];
    if (rule && !rule.valid.test(value)) return error('invalid_request', `"${value}" is not a valid ${type}.`);
    identifierKeys.push(`${type}:${rule ? rule.key(value) : value}`);
  }
  if (new Set(identifierKeys).size !== identifierKeys.length) {
    return error('invalid_request', 'The same identifier appears twice.');
  }
  // ajv-formats' uuid format also admits the `urn:uuid:` form.
  const uuid = (id ?? uuidV7()).replace(/^urn:uuid:/i, '').toLowerCase();
  const userId = `usr_${typeIdSuffix(uuid)}`;
  const conflict = store.createUnlessConflict(call.appId, { userId, identifierKeys, externalId, uuid });
  return conflict ? error(conflict) : { status: operation.successStatus, body: { id: userId } };
}

/** An error answer whose HTTP status, status text and message come from the spec's pairings. */
export function errorAnswer(operation: CreateUserOperation, code: string, detail?: string): EmulatorAnswer {
  const pairing = operation.pairings.find((p) => p.code === code);
  if (pairing === undefined) throw new Error(`the spec documents no error code "${code}"`);
  const schema = operation.schemaAt(pairing.schemaPointer).node;
  const example = (schema['properties'] as { message?: { examples?: unknown[] } } | undefined)?.message?.examples?.[0];
  return {
    status: pairing.httpStatus,
    body: { code, status: pairing.statusText, message: detail ?? (typeof example === 'string' ? example : code) },
  };
}
