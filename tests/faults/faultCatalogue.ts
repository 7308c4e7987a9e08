import { EMULATOR_DEFAULTS } from '../../emulator/emulatorDefaults.ts';
import type { PropertyRunOptions } from '../_support/runProperty.ts';
import { bodyOf, codePoints, CREATED, faultWhen, isPost, json, rewrite } from '../_support/faultAnswers.ts';
import type { Fault, RequestJson } from '../_support/faultyServer.ts';
import { SEMANTIC_FAULTS } from '../_support/semanticFaults.ts';

/** One faulty server: a correct emulator but for one plausible deviation, and the check that must catch it. */
export interface CataloguedFault {
  /** Completes "a server that …". */
  readonly description: string;
  /** A fresh fault per server (some keep state). */
  readonly fault: () => Fault;
  /** The check id that must report it as an error at the suite's default settings. */
  readonly caughtBy: string;
  /** Settings the suite runs with against this server (e.g. a profile that makes a rule required). */
  readonly options?: PropertyRunOptions;
}

const badRequest = (message: string) => json(400, { code: 'invalid_request', status: 'bad_request', message });
const objectBody = (json: unknown): json is Record<string, unknown> => json !== null && typeof json === 'object' && !Array.isArray(json);
const profileValues = (json: RequestJson | undefined): unknown[] => (objectBody(json?.profile) ? Object.values(json.profile) : []);
const ENABLED_USERS = `/v2/session/apps/${EMULATOR_DEFAULTS.enabledAppId}/users`;
const crash = (message: string) => json(500, { message });
const identifiersOf = (json: RequestJson | undefined): Array<{ type?: unknown; value?: unknown } | null> =>
  (Array.isArray(json?.identifiers) ? (json.identifiers as Array<{ type?: unknown; value?: unknown } | null>) : []);
const valuesOfType = (json: RequestJson | undefined, type: string): string[] =>
  identifiersOf(json).flatMap((i) => (i?.type === type && typeof i.value === 'string' ? [i.value] : []));
/** A fault on a valid-looking create whose `type` identifiers have a value that `when` holds for. */
const onIdentifier = (type: string, when: (value: string) => boolean, answer: () => ReturnType<typeof json>) =>
  () => faultWhen((r) => isPost(r) && valuesOfType(r.json, type).some(when), answer);
const emailParts = (value: string) => ({ local: value.slice(0, value.lastIndexOf('@')), domain: value.slice(value.lastIndexOf('@') + 1) });
const phoneOfDigits = (digits: number) => onIdentifier('phone_number', (v) => /^\+\d+$/.test(v) && v.length - 1 === digits, () => badRequest('Invalid phone number.'));
const invalidEmail = () => badRequest('Invalid email address.');

/**
 * The faults the suite must find, one entry each: adding a fault is adding an entry. Each is a
 * deviation a real implementation could ship, and declares the check that must catch it; the
 * detection test runs the whole suite (every registered property, default budget) against each.
 */
export const FAULT_CATALOGUE = {
  // Success answers
  createdIs200: { description: 'answers a create with 200 instead of 201', caughtBy: 'status_documented',
    fault: () => rewrite((a) => (a.status === 201 ? { ...a, status: 200 } : a)) },
  createdBodyNamesIdUserId: { description: 'answers a create with {"user_id": …} instead of {"id": …}', caughtBy: 'response_schema',
    fault: () => rewrite((a) => (a.status === 201 ? json(201, { user_id: bodyOf(a)?.id }) : a)) },
  // Error answers
  errorsWithoutMessage: { description: 'leaves `message` out of error bodies', caughtBy: 'response_schema',
    fault: () => rewrite((a) => (a.status >= 400 ? json(a.status, { ...bodyOf(a), message: undefined }) : a)) },
  invalidRequestSaysConflict: { description: 'answers an invalid request 400 with code already_in_use', caughtBy: 'status_code_pairing',
    fault: () => rewrite((a) => (a.status === 400 ? json(400, { ...bodyOf(a), code: 'already_in_use' }) : a)) },
  unknownAppStatusString: { description: "says status 'bad_request' in its 404 app_not_found", caughtBy: 'status_code_pairing',
    fault: () => rewrite((a) => (a.status === 404 && bodyOf(a)?.code === 'app_not_found' ? json(404, { ...bodyOf(a), status: 'bad_request' }) : a)) },
  errorsAsPlainText: { description: 'answers errors as text/plain', caughtBy: 'content_type',
    fault: () => rewrite((a) => (a.status >= 400 ? { ...a, headers: { ...a.headers, 'content-type': 'text/plain' } } : a)) },
  invalidRequestsSayAppNotFound: { description: 'answers invalid requests 400 app_not_found', caughtBy: 'negative_rejection',
    fault: () => rewrite((a) => (a.status === 400 ? json(400, { code: 'app_not_found', status: 'bad_request', message: 'm' }) : a)) },
  // Invalid input accepted, one per mutation family
  acceptsMissingIdentifiers: { description: 'accepts a body without identifiers', caughtBy: 'negative_rejection',
    fault: () => faultWhen((r) => isPost(r) && objectBody(r.json) && !('identifiers' in r.json), () => CREATED) },
  acceptsNonStringProfileValues: { description: 'accepts non-string profile values', caughtBy: 'negative_rejection',
    fault: () => faultWhen((r) => isPost(r) && profileValues(r.json).some((v) => typeof v !== 'string'), () => CREATED) },
  acceptsUnknownIdentifierType: { description: 'accepts an unknown identifier type', caughtBy: 'negative_rejection',
    fault: () => faultWhen((r) => isPost(r)
      && identifiersOf(r.json).some((i) => typeof i?.type === 'string' && !['phone_number', 'email_address'].includes(i.type)), () => CREATED) },
  acceptsLongExternalId: { description: 'accepts an external_id over 128 code points', caughtBy: 'negative_rejection',
    fault: () => faultWhen((r) => isPost(r) && codePoints(r.json?.external_id) > 128, () => CREATED) },
  acceptsAnyId: { description: 'accepts any string as id', caughtBy: 'negative_rejection',
    fault: () => faultWhen((r) => isPost(r) && typeof r.json?.id === 'string', () => CREATED) },
  // Lenient parsing is conformant (a warning) unless the profile asks for strictness.
  acceptsTextPlain: { description: 'accepts a JSON body sent as text/plain, where the profile requires strict parsing', caughtBy: 'negative_rejection',
    fault: () => faultWhen((r) => isPost(r) && String(r.headers['content-type']).startsWith('text/plain') && r.json !== undefined, () => CREATED),
    options: { profile: { strictRequestParsing: true } } },
  acceptsExternalIdOf129: { description: 'accepts exactly 129 code points (off by one)', caughtBy: 'negative_rejection',
    fault: () => faultWhen((r) => isPost(r) && codePoints(r.json?.external_id) === 129, () => CREATED) },
  // Valid input rejected
  countsUtf16Units: { description: 'counts UTF-16 units: refuses 128 astral code points', caughtBy: 'positive_acceptance',
    fault: () => faultWhen((r) => isPost(r) && typeof r.json?.external_id === 'string' && r.json.external_id.length > 128, () => badRequest('too long')) },
  rejectsEmojiInProfile: { description: 'refuses emoji (astral characters) in profile values', caughtBy: 'positive_acceptance',
    fault: () => faultWhen((r) => isPost(r) && profileValues(r.json).some((v) => typeof v === 'string' && /\p{Extended_Pictographic}/u.test(v)), () => badRequest('Unsupported characters.')) },
  capsProfileValuesAt255: { description: 'refuses profile values over 255 characters (a VARCHAR(255) column)', caughtBy: 'positive_acceptance',
    fault: () => faultWhen((r) => isPost(r) && profileValues(r.json).some((v) => codePoints(v) > 255), () => badRequest('Value too long.')) },
  // Server errors
  crashesOnMalformedJson: { description: 'answers 500 to a body that is not JSON', caughtBy: 'negative_rejection',
    fault: () => faultWhen((r) => isPost(r) && r.json === undefined, () => json(500, { message: 'unexpected end of JSON input' })) },
  crashesOnNul: { description: 'answers 500 to a NUL character in a profile value', caughtBy: 'no_server_error',
    fault: () => faultWhen((r) => isPost(r) && r.body.includes('\\u0000'), () => json(500, { message: 'invalid byte sequence for encoding "UTF8": 0x00' })) },
  intermittent503: { description: 'answers every 97th request 503 (an overloaded instance behind the balancer)', caughtBy: 'no_server_error',
    fault: () => {
      let requests = 0;
      return (_r, correct) => (++requests % 97 === 0 ? json(503, { message: 'upstream unavailable' }) : correct());
    } },
  // Methods
  getAnswers200: { description: 'answers GET with 200', caughtBy: 'method_not_allowed',
    fault: () => faultWhen((r) => r.method === 'GET', () => json(200, [])) },
  // Conflicts
  createsDuplicateIdentifier: { description: 'creates a second user with an identifier in use', caughtBy: 'conflict', fault: SEMANTIC_FAULTS.createsDuplicateIdentifier },
  wrongConflictCode: { description: 'says external_id_already_in_use where an identifier is in use', caughtBy: 'conflict', fault: SEMANTIC_FAULTS.wrongConflictCode },
  reusesUserIds: { description: 'hands out user ids from a tiny pool', caughtBy: 'conflict', fault: SEMANTIC_FAULTS.reusesUserIds },
  conflictIs400: { description: 'answers a conflict 400 invalid_request', caughtBy: 'conflict',
    fault: () => rewrite((a) => (a.status === 409 ? badRequest('Duplicate user.') : a)) },
  caseSensitiveEmails: { description: 'compares emails case-sensitively, where the profile requires otherwise', caughtBy: 'conflict',
    fault: SEMANTIC_FAULTS.caseSensitiveEmails, options: { profile: { emailCaseRuleRequired: true } } },
  // App states
  unknownAppSaysDisabled: { description: 'answers an unknown app 404 session_disabled', caughtBy: 'app_state', fault: SEMANTIC_FAULTS.unknownAppSaysDisabled },
  unknownAppIsBadRequest: { description: 'answers an unknown app 400', caughtBy: 'app_state', fault: SEMANTIC_FAULTS.unknownAppIsBadRequest },
  disabledAppCreates: { description: 'creates users in a disabled app', caughtBy: 'app_state',
    fault: () => (r, correct) => (r.url.includes(`/apps/${EMULATOR_DEFAULTS.disabledAppId}/`) ? correct({ url: ENABLED_USERS }) : correct()) },
  // Auth and concurrency
  ignoresCredentials: { description: 'ignores the Authorization header', caughtBy: 'auth', fault: SEMANTIC_FAULTS.ignoresCredentials },
  createsThenRefuses: { description: 'refuses a bad token only after creating the user', caughtBy: 'auth', fault: SEMANTIC_FAULTS.createsThenRefuses },
  racyCreate: { description: 'creates a user twice when identical creates arrive together', caughtBy: 'exactly_once', fault: SEMANTIC_FAULTS.racyCreate },
  // Realistic value classes, one fault each (generators/valueClassLocations.ts): only that class is mishandled.
  // Last in the catalogue, so the servers drawn for the faults above (by index) stay the measured ones.
  refusesEmailPlusTag: { description: 'refuses emails with a +tag subaddress', caughtBy: 'positive_acceptance',
    fault: onIdentifier('email_address', (v) => emailParts(v).local.includes('+'), invalidEmail) },
  refusesEmailDots: { description: 'refuses emails with a dot in the local part', caughtBy: 'positive_acceptance',
    fault: onIdentifier('email_address', (v) => emailParts(v).local.includes('.'), invalidEmail) },
  refusesEmailHyphens: { description: 'refuses emails with a hyphen in the local part', caughtBy: 'positive_acceptance',
    fault: onIdentifier('email_address', (v) => emailParts(v).local.includes('-'), invalidEmail) },
  crashesOnEmailDigits: { description: 'answers 500 to emails with digits in the local part', caughtBy: 'no_server_error',
    fault: onIdentifier('email_address', (v) => /\d/.test(emailParts(v).local), () => crash('index out of range')) },
  refusesEmailUpperCase: { description: 'refuses emails with upper-case letters', caughtBy: 'positive_acceptance',
    fault: onIdentifier('email_address', (v) => v !== v.toLowerCase(), invalidEmail) },
  refusesLongEmailLocalPart: { description: 'refuses email local parts over 48 characters (RFC 5321 allows 64)', caughtBy: 'positive_acceptance',
    fault: onIdentifier('email_address', (v) => emailParts(v).local.length > 48, invalidEmail) },
  refusesEmailSubdomains: { description: 'refuses emails at a subdomain (more than two domain labels)', caughtBy: 'positive_acceptance',
    fault: onIdentifier('email_address', (v) => emailParts(v).domain.split('.').length > 2, invalidEmail) },
  capsEmailsAt128: { description: 'refuses email addresses over 128 characters (RFC 5321 allows 254)', caughtBy: 'positive_acceptance',
    fault: onIdentifier('email_address', (v) => v.length > 128, invalidEmail) },
  refusesNonComEmails: { description: 'refuses emails whose TLD is not .com', caughtBy: 'positive_acceptance',
    fault: onIdentifier('email_address', (v) => !emailParts(v).domain.toLowerCase().endsWith('.com'), invalidEmail) },
  refusesPhonesOf10Digits: { description: 'refuses phone numbers of 10 digits (Denmark, Norway, Singapore)', caughtBy: 'positive_acceptance', fault: phoneOfDigits(10) },
  refusesPhonesOf11Digits: { description: 'refuses phone numbers of 11 digits (North America, Russia, France)', caughtBy: 'positive_acceptance', fault: phoneOfDigits(11) },
  refusesPhonesOf12Digits: { description: 'refuses phone numbers of 12 digits (UK, Greece, India)', caughtBy: 'positive_acceptance', fault: phoneOfDigits(12) },
  refusesPhonesOf13Digits: { description: 'refuses phone numbers of 13 digits (Germany, Brazil, China)', caughtBy: 'positive_acceptance', fault: phoneOfDigits(13) },
  refusesPhonesOf14Digits: { description: 'refuses phone numbers of 14 digits (Indonesia, Austria)', caughtBy: 'positive_acceptance', fault: phoneOfDigits(14) },
  refusesPhonesOf15Digits: { description: 'refuses phone numbers of 15 digits (E.164\'s maximum)', caughtBy: 'positive_acceptance', fault: phoneOfDigits(15) },
  refusesEmptyIdentifiers: { description: 'refuses an empty identifiers array', caughtBy: 'positive_acceptance',
    fault: () => faultWhen((r) => isPost(r) && Array.isArray(r.json?.identifiers) && r.json.identifiers.length === 0 && objectBody(r.json), () => badRequest('No identifier.')) },
  crashesOnManyIdentifiers: { description: 'answers 500 to 5 identifiers or more (instead of a limit)', caughtBy: 'no_server_error',
    fault: () => faultWhen((r) => isPost(r) && identifiersOf(r.json).length >= 5, () => crash('too many bind parameters')) },
  crashesOnRepeatedIdentifier: { description: 'answers 500 to the same identifier twice in one request (a unique index)', caughtBy: 'no_server_error',
    fault: () => faultWhen((r) => isPost(r) && new Set(identifiersOf(r.json).map((i) => `${String(i?.type)}:${String(i?.value)}`)).size < identifiersOf(r.json).length,
      () => crash('duplicate key value violates unique constraint')) },
  crashesOnValueUnderBothTypes: { description: 'answers 500 to one value sent as a phone and as an email', caughtBy: 'no_server_error',
    fault: () => faultWhen((r) => isPost(r) && valuesOfType(r.json, 'phone_number').some((v) => valuesOfType(r.json, 'email_address').includes(v)),
      () => crash('cannot parse phone number')) },
  crashesOnEmptyProfile: { description: 'answers 500 to an empty profile object', caughtBy: 'no_server_error',
    fault: () => faultWhen((r) => isPost(r) && objectBody(r.json?.profile) && Object.keys(r.json.profile).length === 0, () => crash('nil map')) },
  refusesManyProfileKeys: { description: 'refuses profiles with more than 8 keys', caughtBy: 'positive_acceptance',
    fault: () => faultWhen((r) => isPost(r) && objectBody(r.json?.profile) && Object.keys(r.json.profile).length > 8, () => badRequest('Too many profile keys.')) },
  refusesUpperCaseUuid: { description: 'refuses an upper-case UUID as id (invalid_id)', caughtBy: 'positive_acceptance',
    fault: () => faultWhen((r) => isPost(r) && typeof r.json?.id === 'string' && /^[0-9A-F-]{36}$/.test(r.json.id) && /[A-F]/.test(r.json.id),
      () => json(400, { code: 'invalid_id', status: 'bad_request', message: 'Invalid id.' })) },
  capsExternalIdAt64: { description: 'refuses external_id over 64 code points (a VARCHAR(64))', caughtBy: 'positive_acceptance',
    fault: () => faultWhen((r) => isPost(r) && codePoints(r.json?.external_id) > 64 && codePoints(r.json?.external_id) <= 128, () => badRequest('external_id too long.')) },
  // Identity compositions and equivalent spellings (generators/identityCompositions.ts).
  caseSensitiveUuids: { description: 'compares client-chosen ids case-sensitively (an upper-case UUID makes another user)', caughtBy: 'conflict', fault: SEMANTIC_FAULTS.caseSensitiveUuids },
} satisfies Record<string, CataloguedFault>;

export type FaultName = keyof typeof FAULT_CATALOGUE;
