import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { EMULATOR_DEFAULTS } from '../../emulator/emulatorDefaults.ts';
import { typeIdSuffix, uuidV7 } from '../../emulator/typeId.ts';
import type { PropertyRunOptions } from '../_support/runProperty.ts';
import { bodyOf, codePoints, CREATED, faultWhen, isPost, json, rewrite } from '../_support/faultAnswers.ts';
import type { Fault, FaultAnswer, RequestJson } from '../_support/faultyServer.ts';

/**
 * One faulty server: a correct emulator but for one plausible deviation, and the check that must
 * catch it. The one place a fault is declared: the detection sample of `npm test`, the self-test,
 * and every test that needs a faulty server take it from here by name.
 */
export interface CataloguedFault {
  /** What it breaks: completes "a server that …". */
  readonly description: string;
  /** The fault itself; a fresh one per server (some keep state). */
  readonly fault: () => Fault;
  /** The check id that must report it as an error at the suite's default settings. */
  readonly caughtBy: string;
  /** Settings the suite runs with against this server (e.g. a profile that makes a rule required). */
  readonly options?: PropertyRunOptions;
  /**
   * Cases per property in `npm test`'s fixed detection sample (default DETECTION_SAMPLE_RUNS).
   * Measured, never guessed: `npm run selftest -- --budgets` prints the smallest step of the ladder
   * 2, 5, 10, 20, 40, 100 at which the sample's pinned server and seed catch the fault; the entry
   * takes the NEXT step, a margin for what concurrent properties interleave differently.
   */
  readonly sampleRuns?: number;
}

const badRequest = (message: string) => json(400, { code: 'invalid_request', status: 'bad_request', message });
const objectBody = (json: unknown): json is Record<string, unknown> => json !== null && typeof json === 'object' && !Array.isArray(json);
const profileValues = (json: RequestJson | undefined): unknown[] => (objectBody(json?.profile) ? Object.values(json.profile) : []);
const ENABLED_USERS = `/v2/session/apps/${EMULATOR_DEFAULTS.enabledAppId}/users`;
const crash = (message: string) => json(500, { message });
const identifiersOf = (json: RequestJson | undefined): Array<{ type?: unknown; value?: unknown } | null> =>
  Array.isArray(json?.identifiers) ? (json.identifiers as Array<{ type?: unknown; value?: unknown } | null>) : [];
const valuesOfType = (json: RequestJson | undefined, type: string): string[] =>
  identifiersOf(json).flatMap((i) => (i?.type === type && typeof i.value === 'string' ? [i.value] : []));
/** A fault on a valid-looking create whose `type` identifiers have a value that `when` holds for. */
const onIdentifier = (type: string, when: (value: string) => boolean, answer: () => ReturnType<typeof json>) => () =>
  faultWhen((r) => isPost(r) && valuesOfType(r.json, type).some(when), answer);
const emailParts = (value: string) => ({ local: value.slice(0, value.lastIndexOf('@')), domain: value.slice(value.lastIndexOf('@') + 1) });
const phoneOfDigits = (digits: number) =>
  onIdentifier(
    'phone_number',
    (v) => /^\+\d+$/.test(v) && v.length - 1 === digits,
    () => badRequest('Invalid phone number.'),
  );
const invalidEmail = () => badRequest('Invalid email address.');
const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };
const GOOD_TOKEN = { authorization: `Bearer ${EMULATOR_DEFAULTS.token}` };
const answer = (status: number, body: unknown): FaultAnswer => ({ status, headers: JSON_HEADERS, body: JSON.stringify(body) });
const freshlyCreated = (): FaultAnswer => answer(201, { id: `usr_${typeIdSuffix(uuidV7())}` });
const codeOf = (a: FaultAnswer): unknown => bodyOf(a)?.code;

type TracePart = 'identifier' | 'external_id' | 'id';
const TRACE_CODES: Readonly<Record<TracePart, string>> = { identifier: 'already_in_use', external_id: 'external_id_already_in_use', id: 'conflict' };
/** The keys a request's identity parts are remembered by (emails and UUIDs lower-cased, as the emulator compares them). */
const traceKeys = (json: RequestJson): Array<{ part: TracePart; key: string }> => [
  ...identifiersOf(json).flatMap((i) =>
    typeof i?.value === 'string' ? [{ part: 'identifier' as const, key: `${String(i.type)}:${i.value.toLowerCase()}` }] : [],
  ),
  ...(typeof json.external_id === 'string' ? [{ part: 'external_id' as const, key: `external_id:${json.external_id}` }] : []),
  ...(typeof json.id === 'string' ? [{ part: 'id' as const, key: `id:${json.id.replace(/^urn:uuid:/i, '').toLowerCase()}` }] : []),
];
/**
 * A server that writes part of a request before it refuses it: `leaves` says which parts a refused
 * answer leaves behind; a later create carrying one of them is told it is in use (409 with that
 * part's code). Stateful: a fresh one per server.
 */
const leavesTrace = (leaves: (refusal: FaultAnswer) => readonly TracePart[]) => (): Fault => {
  const taken = new Map<string, TracePart>();
  return async (request, correct) => {
    if (!isPost(request) || !objectBody(request.json)) return correct();
    const parts = traceKeys(request.json);
    const hit = parts.find((p) => taken.has(p.key));
    if (hit) return answer(409, { code: TRACE_CODES[taken.get(hit.key)!], status: 'conflict', message: 'Already in use.' });
    const got = await correct();
    if (got.status >= 400 && got.status < 500) for (const p of parts) if (leaves(got).includes(p.part)) taken.set(p.key, p.part);
    return got;
  };
};

/**
 * The faults the suite must find, one entry each: adding a fault is adding an entry (then measure
 * its `sampleRuns`). Each is a deviation a real implementation could ship, and declares the check
 * that must catch it. Derived from it: tests/integration/faults.detection.spec.ts runs the whole
 * suite (every registered property) against each at its sample budget; `npm run selftest` against
 * each on several drawn servers at the default budget; other tests take a faulty server by name.
 * A fault's drawn servers and its place in the sample derive from its name, not its position:
 * add an entry anywhere, and every other fault keeps its measured server.
 */
export const FAULT_CATALOGUE = {
  // Success answers
  createdIs200: {
    sampleRuns: 5,
    description: 'answers a create with 200 instead of 201',
    caughtBy: 'status_documented',
    fault: () => rewrite((a) => (a.status === 201 ? { ...a, status: 200 } : a)),
  },
  createdBodyNamesIdUserId: {
    sampleRuns: 5,
    description: 'answers a create with {"user_id": …} instead of {"id": …}',
    caughtBy: 'response_schema',
    fault: () => rewrite((a) => (a.status === 201 ? json(201, { user_id: bodyOf(a)?.id }) : a)),
  },
  // Error answers
  errorsWithoutMessage: {
    sampleRuns: 5,
    description: 'leaves `message` out of error bodies',
    caughtBy: 'response_schema',
    fault: () => rewrite((a) => (a.status >= 400 ? json(a.status, { ...bodyOf(a), message: undefined }) : a)),
  },
  invalidRequestSaysConflict: {
    sampleRuns: 5,
    description: 'answers an invalid request 400 with code already_in_use',
    caughtBy: 'status_code_pairing',
    fault: () => rewrite((a) => (a.status === 400 ? json(400, { ...bodyOf(a), code: 'already_in_use' }) : a)),
  },
  unknownAppStatusString: {
    sampleRuns: 5,
    description: "says status 'bad_request' in its 404 app_not_found",
    caughtBy: 'status_code_pairing',
    fault: () => rewrite((a) => (a.status === 404 && bodyOf(a)?.code === 'app_not_found' ? json(404, { ...bodyOf(a), status: 'bad_request' }) : a)),
  },
  errorsAsPlainText: {
    sampleRuns: 5,
    description: 'answers errors as text/plain',
    caughtBy: 'content_type',
    fault: () => rewrite((a) => (a.status >= 400 ? { ...a, headers: { ...a.headers, 'content-type': 'text/plain' } } : a)),
  },
  invalidRequestsSayAppNotFound: {
    sampleRuns: 5,
    description: 'answers invalid requests 400 app_not_found',
    caughtBy: 'negative_rejection',
    fault: () => rewrite((a) => (a.status === 400 ? json(400, { code: 'app_not_found', status: 'bad_request', message: 'm' }) : a)),
  },
  // Invalid input accepted, one per mutation family
  acceptsMissingIdentifiers: {
    sampleRuns: 10,
    description: 'accepts a body without identifiers',
    caughtBy: 'negative_rejection',
    fault: () =>
      faultWhen(
        (r) => isPost(r) && objectBody(r.json) && !('identifiers' in r.json),
        () => CREATED,
      ),
  },
  acceptsNonStringProfileValues: {
    sampleRuns: 10,
    description: 'accepts non-string profile values',
    caughtBy: 'negative_rejection',
    fault: () =>
      faultWhen(
        (r) => isPost(r) && profileValues(r.json).some((v) => typeof v !== 'string'),
        () => CREATED,
      ),
  },
  acceptsUnknownIdentifierType: {
    sampleRuns: 5,
    description: 'accepts an unknown identifier type',
    caughtBy: 'negative_rejection',
    fault: () =>
      faultWhen(
        (r) => isPost(r) && identifiersOf(r.json).some((i) => typeof i?.type === 'string' && !['phone_number', 'email_address'].includes(i.type)),
        () => CREATED,
      ),
  },
  acceptsLongExternalId: {
    sampleRuns: 5,
    description: 'accepts an external_id over 128 code points',
    caughtBy: 'negative_rejection',
    fault: () =>
      faultWhen(
        (r) => isPost(r) && codePoints(r.json?.external_id) > 128,
        () => CREATED,
      ),
  },
  acceptsAnyId: {
    sampleRuns: 5,
    description: 'accepts any string as id',
    caughtBy: 'negative_rejection',
    fault: () =>
      faultWhen(
        (r) => isPost(r) && typeof r.json?.id === 'string',
        () => CREATED,
      ),
  },
  // Lenient parsing is conformant (a warning) unless the profile asks for strictness.
  acceptsTextPlain: {
    sampleRuns: 20,
    description: 'accepts a JSON body sent as text/plain, where the profile requires strict parsing',
    caughtBy: 'negative_rejection',
    fault: () =>
      faultWhen(
        (r) => isPost(r) && String(r.headers['content-type']).startsWith('text/plain') && r.json !== undefined,
        () => CREATED,
      ),
    options: { profile: { strictRequestParsing: true } },
  },
  acceptsExternalIdOf129: {
    sampleRuns: 5,
    description: 'accepts exactly 129 code points (off by one)',
    caughtBy: 'negative_rejection',
    fault: () =>
      faultWhen(
        (r) => isPost(r) && codePoints(r.json?.external_id) === 129,
        () => CREATED,
      ),
  },
  // Valid input rejected
  countsUtf16Units: {
    sampleRuns: 5,
    description: 'counts UTF-16 units: refuses 128 astral code points',
    caughtBy: 'positive_acceptance',
    fault: () =>
      faultWhen(
        (r) => isPost(r) && typeof r.json?.external_id === 'string' && r.json.external_id.length > 128,
        () => badRequest('too long'),
      ),
  },
  rejectsEmojiInProfile: {
    sampleRuns: 5,
    description: 'refuses emoji (astral characters) in profile values',
    caughtBy: 'positive_acceptance',
    fault: () =>
      faultWhen(
        (r) => isPost(r) && profileValues(r.json).some((v) => typeof v === 'string' && /\p{Extended_Pictographic}/u.test(v)),
        () => badRequest('Unsupported characters.'),
      ),
  },
  capsProfileValuesAt255: {
    sampleRuns: 5,
    description: 'refuses profile values over 255 characters (a VARCHAR(255) column)',
    caughtBy: 'positive_acceptance',
    fault: () =>
      faultWhen(
        (r) => isPost(r) && profileValues(r.json).some((v) => codePoints(v) > 255),
        () => badRequest('Value too long.'),
      ),
  },
  // Server errors
  crashesOnMalformedJson: {
    sampleRuns: 5,
    description: 'answers 500 to a body that is not JSON',
    caughtBy: 'negative_rejection',
    fault: () =>
      faultWhen(
        (r) => isPost(r) && r.json === undefined,
        () => json(500, { message: 'unexpected end of JSON input' }),
      ),
  },
  crashesOnNul: {
    sampleRuns: 10,
    description: 'answers 500 to a NUL character in a profile value',
    caughtBy: 'no_server_error',
    fault: () =>
      faultWhen(
        (r) => isPost(r) && r.body.includes('\\u0000'),
        () => json(500, { message: 'invalid byte sequence for encoding "UTF8": 0x00' }),
      ),
  },
  intermittent503: {
    sampleRuns: 10,
    description: 'answers every 97th request 503 (an overloaded instance behind the balancer)',
    caughtBy: 'no_server_error',
    fault: () => {
      let requests = 0;
      return (_r, correct) => (++requests % 97 === 0 ? json(503, { message: 'upstream unavailable' }) : correct());
    },
  },
  // Methods
  getAnswers200: {
    sampleRuns: 5,
    description: 'answers GET with 200',
    caughtBy: 'method_not_allowed',
    fault: () =>
      faultWhen(
        (r) => r.method === 'GET',
        () => json(200, []),
      ),
  },
  // Conflicts
  createsDuplicateIdentifier: {
    sampleRuns: 5,
    description: 'creates a second user with an identifier in use',
    caughtBy: 'conflict',
    fault: () => rewrite((a) => (a.status === 409 && codeOf(a) === 'already_in_use' ? freshlyCreated() : a)),
  },
  wrongConflictCode: {
    sampleRuns: 5,
    description: 'says external_id_already_in_use where an identifier is in use',
    caughtBy: 'conflict',
    fault: () =>
      rewrite((a) =>
        a.status === 409 && codeOf(a) === 'already_in_use'
          ? answer(409, { code: 'external_id_already_in_use', status: 'conflict', message: 'The provided external id is already in use' })
          : a,
      ),
  },
  // Like a stateless mock: different users, same id.
  reusesUserIds: {
    sampleRuns: 5,
    description: 'hands out user ids from a tiny pool',
    caughtBy: 'conflict',
    fault: () => {
      let next = 0;
      const pool = [`usr_${typeIdSuffix(uuidV7())}`, `usr_${typeIdSuffix(uuidV7())}`];
      return rewrite((a) => (a.status === 201 ? answer(201, { id: pool[next++ % pool.length] }) : a));
    },
  },
  conflictIs400: {
    sampleRuns: 5,
    description: 'answers a conflict 400 invalid_request',
    caughtBy: 'conflict',
    fault: () => rewrite((a) => (a.status === 409 ? badRequest('Duplicate user.') : a)),
  },
  caseSensitiveEmails: {
    sampleRuns: 5,
    description: 'compares emails case-sensitively, where the profile requires otherwise',
    caughtBy: 'conflict',
    // `Ann@x` and `ann@x` are two users: the emulator is asked about a local part made from the exact
    // spelling (a digest of the same length: plain, so every email validator still takes the address).
    fault: () => async (request, correct) => {
      if (!Array.isArray(request.json?.identifiers)) return correct();
      const identifiers = request.json.identifiers.map((i: { type?: string; value?: unknown }) => {
        if (i?.type !== 'email_address' || typeof i.value !== 'string' || !i.value.includes('@')) return i;
        const at = i.value.lastIndexOf('@');
        const exactSpelling = createHash('sha256').update(i.value.slice(0, at)).digest('hex').slice(0, Math.max(8, at));
        return { ...i, value: `${exactSpelling}${i.value.slice(at)}` };
      });
      return correct({ body: JSON.stringify({ ...request.json, identifiers }) });
    },
    options: { profile: { emailCaseRuleRequired: true } },
  },
  // App states
  unknownAppSaysDisabled: {
    sampleRuns: 5,
    description: 'answers an unknown app 404 session_disabled',
    caughtBy: 'app_state',
    fault: () => rewrite((a) => (codeOf(a) === 'app_not_found' ? answer(404, { code: 'session_disabled', status: 'not_found', message: 'x' }) : a)),
  },
  // Validates the body before looking the app up.
  unknownAppIsBadRequest: {
    sampleRuns: 5,
    description: 'answers an unknown app 400',
    caughtBy: 'app_state',
    fault: () => rewrite((a) => (codeOf(a) === 'app_not_found' ? answer(400, { code: 'invalid_request', status: 'bad_request', message: 'Unknown app.' }) : a)),
  },
  disabledAppCreates: {
    sampleRuns: 10,
    description: 'creates users in a disabled app',
    caughtBy: 'app_state',
    fault: () => (r, correct) => (r.url.includes(`/apps/${EMULATOR_DEFAULTS.disabledAppId}/`) ? correct({ url: ENABLED_USERS }) : correct()),
  },
  // Auth and concurrency
  ignoresCredentials: {
    sampleRuns: 5,
    description: 'ignores the Authorization header',
    caughtBy: 'auth',
    fault: () => (_r, correct) => correct({ headers: GOOD_TOKEN }),
  },
  createsThenRefuses: {
    sampleRuns: 5,
    description: 'refuses a bad token only after creating the user',
    caughtBy: 'refusal_leaves_no_trace',
    fault: () => async (request, correct) => {
      if (request.headers.authorization === GOOD_TOKEN.authorization) return correct();
      await correct({ headers: GOOD_TOKEN });
      return answer(401, { code: 'invalid_api_token', status: 'unauthorized', message: 'Bad token.' });
    },
  },
  // Checks for an existing user, then inserts a while later (100 ms), without serializing the two: creates of one
  // identity that arrive together all pass the check. How many arrive within the window is a race: tests assert
  // that more than one did, never how many.
  racyCreate: {
    sampleRuns: 5,
    description: 'creates a user twice when identical creates arrive together',
    caughtBy: 'exactly_once',
    fault: () => {
      const seen = new Set<string>();
      return async (request, correct) => {
        const key = JSON.stringify([request.url, request.json?.identifiers, request.json?.external_id, request.json?.id]);
        if (request.method !== 'POST' || request.json === undefined || seen.has(key)) return correct();
        await sleep(100);
        seen.add(key);
        const a = await correct();
        return a.status === 409 ? freshlyCreated() : a;
      };
    },
  },
  // Realistic value classes, one fault each (generators/valueClassLocations.ts): only that class is mishandled.
  refusesEmailPlusTag: {
    sampleRuns: 5,
    description: 'refuses emails with a +tag subaddress',
    caughtBy: 'positive_acceptance',
    fault: onIdentifier('email_address', (v) => emailParts(v).local.includes('+'), invalidEmail),
  },
  refusesEmailDots: {
    sampleRuns: 5,
    description: 'refuses emails with a dot in the local part',
    caughtBy: 'positive_acceptance',
    fault: onIdentifier('email_address', (v) => emailParts(v).local.includes('.'), invalidEmail),
  },
  refusesEmailHyphens: {
    sampleRuns: 5,
    description: 'refuses emails with a hyphen in the local part',
    caughtBy: 'positive_acceptance',
    fault: onIdentifier('email_address', (v) => emailParts(v).local.includes('-'), invalidEmail),
  },
  crashesOnEmailDigits: {
    sampleRuns: 5,
    description: 'answers 500 to emails with digits in the local part',
    caughtBy: 'no_server_error',
    fault: onIdentifier(
      'email_address',
      (v) => /\d/.test(emailParts(v).local),
      () => crash('index out of range'),
    ),
  },
  refusesEmailUpperCase: {
    sampleRuns: 5,
    description: 'refuses emails with upper-case letters',
    caughtBy: 'positive_acceptance',
    fault: onIdentifier('email_address', (v) => v !== v.toLowerCase(), invalidEmail),
  },
  refusesLongEmailLocalPart: {
    sampleRuns: 5,
    description: 'refuses email local parts over 48 characters (RFC 5321 allows 64)',
    caughtBy: 'positive_acceptance',
    fault: onIdentifier('email_address', (v) => emailParts(v).local.length > 48, invalidEmail),
  },
  refusesEmailSubdomains: {
    sampleRuns: 5,
    description: 'refuses emails at a subdomain (more than two domain labels)',
    caughtBy: 'positive_acceptance',
    fault: onIdentifier('email_address', (v) => emailParts(v).domain.split('.').length > 2, invalidEmail),
  },
  capsEmailsAt128: {
    sampleRuns: 5,
    description: 'refuses email addresses over 128 characters (RFC 5321 allows 254)',
    caughtBy: 'positive_acceptance',
    fault: onIdentifier('email_address', (v) => v.length > 128, invalidEmail),
  },
  refusesNonComEmails: {
    sampleRuns: 5,
    description: 'refuses emails whose TLD is not .com',
    caughtBy: 'positive_acceptance',
    fault: onIdentifier('email_address', (v) => !emailParts(v).domain.toLowerCase().endsWith('.com'), invalidEmail),
  },
  refusesPhonesOf10Digits: {
    sampleRuns: 5,
    description: 'refuses phone numbers of 10 digits (Denmark, Norway, Singapore)',
    caughtBy: 'positive_acceptance',
    fault: phoneOfDigits(10),
  },
  refusesPhonesOf11Digits: {
    sampleRuns: 5,
    description: 'refuses phone numbers of 11 digits (North America, Russia, France)',
    caughtBy: 'positive_acceptance',
    fault: phoneOfDigits(11),
  },
  refusesPhonesOf12Digits: {
    sampleRuns: 5,
    description: 'refuses phone numbers of 12 digits (UK, Greece, India)',
    caughtBy: 'positive_acceptance',
    fault: phoneOfDigits(12),
  },
  refusesPhonesOf13Digits: {
    sampleRuns: 5,
    description: 'refuses phone numbers of 13 digits (Germany, Brazil, China)',
    caughtBy: 'positive_acceptance',
    fault: phoneOfDigits(13),
  },
  refusesPhonesOf14Digits: {
    sampleRuns: 5,
    description: 'refuses phone numbers of 14 digits (Indonesia, Austria)',
    caughtBy: 'positive_acceptance',
    fault: phoneOfDigits(14),
  },
  refusesPhonesOf15Digits: {
    sampleRuns: 5,
    description: "refuses phone numbers of 15 digits (E.164's maximum)",
    caughtBy: 'positive_acceptance',
    fault: phoneOfDigits(15),
  },
  refusesEmptyIdentifiers: {
    sampleRuns: 5,
    description: 'refuses an empty identifiers array',
    caughtBy: 'positive_acceptance',
    fault: () =>
      faultWhen(
        (r) => isPost(r) && Array.isArray(r.json?.identifiers) && r.json.identifiers.length === 0 && objectBody(r.json),
        () => badRequest('No identifier.'),
      ),
  },
  crashesOnManyIdentifiers: {
    sampleRuns: 5,
    description: 'answers 500 to 5 identifiers or more (instead of a limit)',
    caughtBy: 'no_server_error',
    fault: () =>
      faultWhen(
        (r) => isPost(r) && identifiersOf(r.json).length >= 5,
        () => crash('too many bind parameters'),
      ),
  },
  crashesOnRepeatedIdentifier: {
    sampleRuns: 5,
    description: 'answers 500 to the same identifier twice in one request (a unique index)',
    caughtBy: 'no_server_error',
    fault: () =>
      faultWhen(
        (r) => isPost(r) && new Set(identifiersOf(r.json).map((i) => `${String(i?.type)}:${String(i?.value)}`)).size < identifiersOf(r.json).length,
        () => crash('duplicate key value violates unique constraint'),
      ),
  },
  crashesOnValueUnderBothTypes: {
    sampleRuns: 5,
    description: 'answers 500 to one value sent as a phone and as an email',
    caughtBy: 'no_server_error',
    fault: () =>
      faultWhen(
        (r) => isPost(r) && valuesOfType(r.json, 'phone_number').some((v) => valuesOfType(r.json, 'email_address').includes(v)),
        () => crash('cannot parse phone number'),
      ),
  },
  crashesOnEmptyProfile: {
    sampleRuns: 5,
    description: 'answers 500 to an empty profile object',
    caughtBy: 'no_server_error',
    fault: () =>
      faultWhen(
        (r) => isPost(r) && objectBody(r.json?.profile) && Object.keys(r.json.profile).length === 0,
        () => crash('nil map'),
      ),
  },
  refusesManyProfileKeys: {
    sampleRuns: 5,
    description: 'refuses profiles with more than 8 keys',
    caughtBy: 'positive_acceptance',
    fault: () =>
      faultWhen(
        (r) => isPost(r) && objectBody(r.json?.profile) && Object.keys(r.json.profile).length > 8,
        () => badRequest('Too many profile keys.'),
      ),
  },
  refusesUpperCaseUuid: {
    sampleRuns: 5,
    description: 'refuses an upper-case UUID as id (invalid_id)',
    caughtBy: 'positive_acceptance',
    fault: () =>
      faultWhen(
        (r) => isPost(r) && typeof r.json?.id === 'string' && /^[0-9A-F-]{36}$/.test(r.json.id) && /[A-F]/.test(r.json.id),
        () => json(400, { code: 'invalid_id', status: 'bad_request', message: 'Invalid id.' }),
      ),
  },
  capsExternalIdAt64: {
    sampleRuns: 5,
    description: 'refuses external_id over 64 code points (a VARCHAR(64))',
    caughtBy: 'positive_acceptance',
    fault: () =>
      faultWhen(
        (r) => isPost(r) && codePoints(r.json?.external_id) > 64 && codePoints(r.json?.external_id) <= 128,
        () => badRequest('external_id too long.'),
      ),
  },
  // Identity compositions and equivalent spellings (generators/identityCompositions.ts).
  // A text column, no normalisation: upper-case ids are stored as a different, derived UUID.
  caseSensitiveUuids: {
    sampleRuns: 100,
    description: 'compares client-chosen ids case-sensitively (an upper-case UUID makes another user)',
    caughtBy: 'conflict',
    fault: () => async (r, correct) => {
      const id = r.json?.id;
      if (r.method !== 'POST' || typeof id !== 'string' || id === id.toLowerCase()) return correct();
      const lower = id.toLowerCase();
      const derived = lower.slice(0, -1) + (lower.endsWith('0') ? '1' : '0');
      return correct({ body: JSON.stringify({ ...r.json, id: derived }) });
    },
  },
  // An idempotency cache keyed by the body's bytes: identical creates are one create, even when the body identifies nobody.
  dedupesIdenticalBodies: {
    sampleRuns: 100,
    description: 'treats identical bodies as one create, even identity-less ones sent at once',
    caughtBy: 'positive_acceptance',
    fault: () => {
      const seen = new Set<string>();
      return async (r, correct) => {
        if (r.method !== 'POST' || r.json === undefined) return correct();
        const key = `${r.url} ${r.body.toString('utf8')}`;
        if (seen.has(key)) return answer(409, { code: 'conflict', status: 'conflict', message: 'Duplicate request.' });
        seen.add(key);
        return correct();
      };
    },
  },
  // Deterministic: which cases fail depends only on the generated case, so two runs of one seed (sharded or
  // not, replayed or not) see the same findings. The reports' tests (tests/cli/reports.*) rely on that.
  numericIdForEmailCreates: {
    sampleRuns: 5,
    description: 'answers a create whose first identifier is an email with a numeric id',
    caughtBy: 'response_schema',
    fault: () =>
      rewrite((a, r) => (a.status === 201 && identifiersOf(r.json)[0]?.type === 'email_address' ? { ...a, body: JSON.stringify({ id: 12345 }) } : a)),
  },
  // Refused requests that leave a trace: part of the request is written before (or outside the
  // transaction of) the check that refuses it, and a later create of it is told it is in use.
  reservesIdentifiersOfInvalidRequests: {
    sampleRuns: 5,
    description: 'reserves the identifiers of a request it then refuses with 400 (validation after the first write)',
    caughtBy: 'refusal_leaves_no_trace',
    fault: leavesTrace((a) => (a.status === 400 ? ['identifier'] : [])),
  },
  claimsFreePartsOfConflicts: {
    sampleRuns: 10,
    description: 'keeps the free parts of a request it refuses with 409 (no transaction around the uniqueness checks)',
    caughtBy: 'refusal_leaves_no_trace',
    fault: leavesTrace((a) => (a.status === 409 ? ['identifier', 'external_id', 'id'] : [])),
  },
  storesIdOfRequestsToOtherApps: {
    sampleRuns: 5,
    description: 'stores the id of a request it refuses for its app (404 app_not_found, 403 session_disabled) before looking the app up',
    caughtBy: 'refusal_leaves_no_trace',
    fault: leavesTrace((a) => (codeOf(a) === 'app_not_found' || codeOf(a) === 'session_disabled' ? ['id', 'external_id'] : [])),
  },
} satisfies Record<string, CataloguedFault>;

export type FaultName = keyof typeof FAULT_CATALOGUE;

/**
 * Deviations that are NOT faults: a real server may ship them and the spec allows them, so the
 * suite must give no error (a warning at most). Declared beside the faults because tests build
 * servers from both the same way.
 */
export const CONFORMANT_DEVIATIONS = {
  forbidsBadCredentials: {
    description: 'refuses bad tokens with 403 and its own code (a spec gap, not a fault)',
    fault: () => rewrite((a) => (a.status === 401 ? answer(403, { code: 'invalid_api_key', status: 'forbidden', message: 'Bad key.', request_id: 'r1' }) : a)),
  },
} satisfies Record<string, Omit<CataloguedFault, 'caughtBy'>>;
