import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import type { ServerChoices, Stage } from '../spec/latitude.ts';
import { readRequestBody, type BodyReading } from '../spec/readRequestBody.ts';
import { IDENTITY_PARTS } from '../spec/identityParts.ts';
import { reservedKeysIn } from '../spec/reservedKeys.ts';
import { ajvErrorText } from '../vocabulary/formatAjvErrors.ts';
import { FAILED_AUTHENTICATION_ANSWERS } from './failedAuthenticationAnswers.ts';
import { IDENTIFIER_RULES } from './identifierRules.ts';
import { typeIdSuffix, uuidV7 } from './typeId.ts';
import type { NewUser, UserStore } from './UserStore.ts';
import type { EmulatorAnswer } from './EmulatorAnswer.ts';

// RFC 9562's versions 1 to 8 and variant 10xx, and the nil and max UUIDs, as zod's `uuid` takes them.
const RFC_9562_UUID = /^([0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}|0{8}-0{4}-0{4}-0{4}-0{12}|f{8}-f{4}-f{4}-f{4}-f{12})$/i;

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
  /** Where the spec is silent, what this emulator does (`LATITUDE`): the real API's choices by default. */
  readonly choices: ServerChoices;
}

/** One request being decided: its reading is made once, by whichever stage needs it first. */
interface Deciding {
  readonly call: CreateUserCall;
  readonly store: UserStore;
  readonly operation: CreateUserOperation;
  readonly settings: EmulatorSettings;
  readonly reading: () => BodyReading;
  /** The identity of a readable body, as the store compares it (computed once per request). */
  readonly identity: () => Partial<NewUser> | undefined;
  readonly error: (code: string, detail?: string) => EmulatorAnswer;
}

/**
 * Each stage of deciding a create, as the spec leaves their order open: an answer ends the
 * request, undefined passes it on. Stages that need the body read it with the emulator's parsing
 * choices; a stage that cannot read what it needs passes (the body stage will refuse it).
 */
const STAGES: Readonly<Record<Stage, (d: Deciding) => EmulatorAnswer | undefined>> = {
  auth: ({ call, settings }) =>
    call.authorization === `Bearer ${settings.token}` ? undefined : FAILED_AUTHENTICATION_ANSWERS[settings.choices.failedAuthentication],
  app: ({ call, store, error }) => {
    const state = store.appState(call.appId);
    return state === 'unknown' ? error('app_not_found') : state === 'disabled' ? error('session_disabled') : undefined;
  },
  body: ({ call, operation, reading, identity, error, settings }) => {
    if (call.bodyTooLarge) return error('invalid_request', 'The request body is too large.');
    const read = reading();
    if (!read.ok) return error('invalid_request', `The request body cannot be read: ${read.detail}.`);
    const { choices } = settings;
    const reserved = choices.reservedKeys === 'refused' ? reservedKeysIn(read.json)[0] : undefined;
    if (reserved !== undefined) return error('invalid_request', `The key "${reserved}" is not allowed.`);
    const validate = operation.request.validate;
    if (!validate(read.json)) {
      const onlyId = validate.errors?.every((e) => e.instancePath === '/id') ?? false;
      const first = validate.errors?.[0];
      return onlyId ? error('invalid_id') : error('invalid_request', `${first === undefined ? '(root) is invalid' : ajvErrorText(first)}.`);
    }
    const { identifiers, id } = read.json as { identifiers: Array<{ type: string; value: string }>; id?: string };
    if (choices.idValidation === 'rfc9562' && id !== undefined && !RFC_9562_UUID.test(id)) return error('invalid_id');
    for (const { type, value } of identifiers) {
      const rule = IDENTIFIER_RULES[type];
      if (rule && !rule.valid(value, choices)) return error('invalid_request', `"${value}" is not a valid ${type}.`);
    }
    const keys = identity()?.identifierKeys ?? [];
    return new Set(keys).size === keys.length ? undefined : error('invalid_request', 'The same identifier appears twice.');
  },
  limit: ({ reading, settings, error }) => {
    const read = reading();
    const identifiers = read.ok ? (read.json as { identifiers?: unknown } | null)?.identifiers : undefined;
    return Array.isArray(identifiers) && identifiers.length > settings.choices.identifierLimit ? error('too_many_user_identifiers') : undefined;
  },
  conflict: ({ call, store, identity, settings, error }) => {
    const parts = identity();
    const conflict = parts === undefined ? undefined : store.findConflict(call.appId, parts, settings.choices.conflictPrecedence);
    return conflict === undefined ? undefined : error(IDENTITY_PARTS[conflict].conflictCode);
  },
};

/**
 * The create-user semantics, as far as the real API is known (docs/emulator.md): the stages in the
 * order the settings choose (auth, app, body, limit, conflict by default), then the create, whose
 * own conflict check is atomic with the insert. Error bodies are built from the spec's own error
 * schemas, so code and status always pair.
 */
export function decideCreateUser(call: CreateUserCall, store: UserStore, operation: CreateUserOperation, settings: EmulatorSettings): EmulatorAnswer {
  let cached: BodyReading | undefined;
  let identity: Partial<NewUser> | undefined;
  const deciding: Deciding = {
    call,
    store,
    operation,
    settings,
    reading: () => (cached ??= readRequestBody(operation.request.mediaType, call.contentType, call.body, settings.choices)),
    identity: () => {
      const read = deciding.reading();
      return read.ok ? (identity ??= identityOf(read.json, settings.choices)) : undefined;
    },
    error: (code, detail) => errorAnswer(operation, code, detail),
  };
  for (const stage of settings.choices.stageOrder) {
    const answer = STAGES[stage](deciding);
    if (answer !== undefined) return answer;
  }
  const read = deciding.reading();
  if (!read.ok) return deciding.error('invalid_request', `The request body cannot be read: ${read.detail}.`);
  const parts = deciding.identity() ?? {};
  const uuid = parts.uuid ?? uuidV7();
  const user: NewUser = { userId: `usr_${typeIdSuffix(uuid)}`, identifierKeys: parts.identifierKeys ?? [], externalId: parts.externalId, uuid };
  const conflict = store.createUnlessConflict(call.appId, user, settings.choices.conflictPrecedence);
  return conflict ? deciding.error(IDENTITY_PARTS[conflict].conflictCode) : { status: operation.successStatus, body: { id: user.userId } };
}

/** The identity a body carries, as the store compares it; parts it does not carry (readably) are absent. */
function identityOf(json: unknown, choices: ServerChoices): Partial<NewUser> {
  const { identifiers, external_id: externalId, id } = (json ?? {}) as { identifiers?: unknown; external_id?: unknown; id?: unknown };
  const items = Array.isArray(identifiers) ? (identifiers as Array<{ type?: unknown; value?: unknown }>) : [];
  const identifierKeys = items
    .filter((i) => typeof i?.type === 'string' && typeof i.value === 'string')
    .map(({ type, value }) => {
      const rule = IDENTIFIER_RULES[type as string];
      const compared =
        type === 'email_address' && choices.emailComparison === 'case-sensitive' ? (value as string) : rule ? rule.key(value as string) : (value as string);
      return `${String(type)}:${compared}`;
    });
  return {
    identifierKeys,
    externalId: typeof externalId === 'string' ? externalId : undefined,
    // ajv-formats' uuid format also admits the `urn:uuid:` form; UUIDs compare case-insensitively (RFC 9562).
    uuid: typeof id === 'string' ? id.replace(/^urn:uuid:/i, '').toLowerCase() : undefined,
  };
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
