import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { TypeID, typeid } from 'typeid-js';
import validator from 'validator';
import { EMULATOR_DEFAULTS } from '../../../emulator/emulatorDefaults.ts';
import { specError, type Answer } from './specErrors.ts';

/** The body of a create, once the framework has validated it against the request schema. */
export interface CreateUserBody {
  readonly identifiers: ReadonlyArray<{ readonly type: string; readonly value: string }>;
  readonly profile?: Readonly<Record<string, string>>;
  readonly id?: string;
  readonly external_id?: string;
}

/** The team's business limit: more identifiers than this on one user is `too_many_user_identifiers`. */
export const IDENTIFIER_LIMIT = 10;

/** Bodies above this are refused (413 by the framework, 400 invalid_request in the conformant variants). */
export const BODY_LIMIT_BYTES = EMULATOR_DEFAULTS.bodyLimitBytes;

/** True when the `Authorization` header carries the one token these servers accept. */
export function isAuthorized(authorization: string | undefined): boolean {
  return authorization === `Bearer ${EMULATOR_DEFAULTS.token}`;
}

/** What makes a user unique within its app: each of these may belong to one user only. */
interface AppUsers {
  readonly sessionEnabled: boolean;
  /** `type:value`, emails lower-cased. */
  readonly identifiers: Set<string>;
  readonly externalIds: Set<string>;
  /** The user ids (`usr_...`), which encode the user's UUID. */
  readonly userIds: Set<string>;
}

/**
 * The users of every app, in memory, and the create-user rules a team writes in its handler:
 * app lookup, identifier limit, phone and email validation, uniqueness. Everything here is
 * synchronous, so in Node's single thread the conflict check and the insert cannot interleave:
 * concurrent identical creates yield one 201 and 409s.
 */
export class UserDirectory {
  readonly #apps = new Map<string, AppUsers>();

  /** A directory with the emulator's two apps: one with session management, one without. */
  constructor() {
    this.#addApp(EMULATOR_DEFAULTS.enabledAppId, true);
    this.#addApp(EMULATOR_DEFAULTS.disabledAppId, false);
  }

  /** Creates the user `body` describes in app `appId`, or says why not. */
  createUser(appId: string, body: CreateUserBody): Answer {
    const app = this.#apps.get(appId);
    if (app === undefined) return specError('app_not_found', 'The application was not found.');
    if (!app.sessionEnabled) return specError('session_disabled', 'Session management is disabled for this application.');
    const refusal = refuseIdentifiers(body.identifiers);
    if (refusal !== undefined) return refusal;
    const user = { identifierKeys: body.identifiers.map(identifierKey), externalId: body.external_id, userId: userIdFor(body.id) };
    const conflict = findConflict(app, user);
    if (conflict !== undefined) return conflict;
    for (const key of user.identifierKeys) app.identifiers.add(key);
    if (user.externalId !== undefined) app.externalIds.add(user.externalId);
    app.userIds.add(user.userId);
    return { status: 201, body: { id: user.userId } };
  }

  #addApp(appId: string, sessionEnabled: boolean): void {
    this.#apps.set(appId, { sessionEnabled, identifiers: new Set(), externalIds: new Set(), userIds: new Set() });
  }
}

/** Too many identifiers, an invalid phone or email, or one identifier twice: a 400; else undefined. */
function refuseIdentifiers(identifiers: CreateUserBody['identifiers']): Answer | undefined {
  if (identifiers.length > IDENTIFIER_LIMIT) {
    return specError('too_many_user_identifiers', `A user has at most ${IDENTIFIER_LIMIT} identifiers.`);
  }
  for (const { type, value } of identifiers) {
    if (type === 'phone_number' && !isValidPhoneNumber(value)) return specError('invalid_request', `"${value}" is not a valid phone number.`);
    if (type === 'email_address' && !validator.isEmail(value)) return specError('invalid_request', `"${value}" is not a valid email address.`);
  }
  const keys = identifiers.map(identifierKey);
  if (new Set(keys).size !== keys.length) return specError('invalid_request', 'The same identifier appears twice.');
  return undefined;
}

/** How identifiers are compared: emails case-insensitively, phone numbers as sent. */
function identifierKey({ type, value }: { type: string; value: string }): string {
  return `${type}:${type === 'email_address' ? value.toLowerCase() : value}`;
}

/**
 * The user id: a fresh TypeID, or the TypeID of the client's UUID, so the same UUID always gives
 * the same id whatever its letter case. The `urn:uuid:` form, which the spec's `format: uuid`
 * admits as Ajv reads it, is the same UUID.
 */
function userIdFor(clientUuid: string | undefined): string {
  if (clientUuid === undefined) return typeid('usr').toString();
  return TypeID.fromUUID('usr', clientUuid.replace(/^urn:uuid:/i, '').toLowerCase()).toString();
}

/** The 409 the would-be user meets: identifiers first, then external id, then id. */
function findConflict(app: AppUsers, user: { identifierKeys: string[]; externalId: string | undefined; userId: string }): Answer | undefined {
  if (user.identifierKeys.some((key) => app.identifiers.has(key))) {
    return specError('already_in_use', 'The identifier is already in use by another user.');
  }
  if (user.externalId !== undefined && app.externalIds.has(user.externalId)) {
    return specError('external_id_already_in_use', 'The provided external id is already in use.');
  }
  if (app.userIds.has(user.userId)) return specError('conflict', 'A user with this id already exists.');
  return undefined;
}
