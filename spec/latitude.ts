import { IDENTITY_PART_NAMES, type IdentityPart } from './identityParts.ts';

/**
 * What the spec leaves open: every topic on which a conformant server may choose, and the choices
 * it may make (any of them, in any combination). This one table is what the checks consult before
 * calling an answer a fault, what the emulator can be set to (`ServerChoices`), and what the
 * self-test draws its legitimate servers from. Adding a topic is adding an entry here, a field of
 * `ServerChoices`, and its reading in the emulator.
 */
export const LATITUDE = {
  stageOrder: {
    title: 'order of checks',
    text: 'auth, app lookup, body validation, business limits and conflict detection in any order: a request with several problems may get the answer of any of them',
    stages: ['auth', 'app', 'body', 'limit', 'conflict'],
  },
  identifierLimit: {
    title: 'business limits',
    text: "an identifier limit anywhere at or above the profile's minimum; too_many_user_identifiers may then come wherever a 400 may",
  },
  requestMediaType: {
    title: 'request media type',
    text: 'strict (a body without Content-Type: application/json gets 400) or lenient (a body that is valid JSON is read whatever the header says)',
    choices: ['strict', 'lenient'],
    /** How a lenient reading is named in findings. */
    seen: 'read a body sent without Content-Type: application/json',
  },
  requestEncoding: {
    title: 'request encoding',
    text: "strict (invalid UTF-8 is 400) or lenient (invalid bytes become U+FFFD, as Go's encoding/json does); the lenient reading is judged as the request it yields",
    choices: ['strict', 'lenient'],
    seen: 'read a body with invalid UTF-8 as if its bad bytes were U+FFFD',
  },
  failedAuthentication: {
    title: 'failed authentication',
    text: '401 or 403, any body; never 2xx, never a user created',
    statuses: [401, 403],
    choices: ['401-json', '403-json', '401-empty', '403-text'],
  },
  undocumentedMethods: {
    title: 'undocumented methods',
    text: '405 with Allow, or 404',
    statuses: [405, 404],
    choices: ['405', '404'],
  },
  conflictPrecedence: {
    title: 'several conflicts at once',
    text: 'a request colliding several ways may get any applicable 409',
    parts: IDENTITY_PART_NAMES,
  },
  phoneValidation: {
    title: 'phone numbers',
    text: 'checked by E.164 shape or by numbering plan (libphonenumber-js); a number every validator accepts must be accepted, one in no plan may get 201 or 400',
    choices: ['e164-shape', 'numbering-plan'],
  },
  emailValidation: {
    title: 'email addresses',
    text: "checked by a dot-atom pattern (as zod's email and the HTML form rule) or by validator's isEmail (quoted and UTF-8 local parts, Unicode domains); an address every validator accepts must be accepted, one they disagree on may get 201 or 400",
    choices: ['pattern', 'isEmail'],
  },
  idValidation: {
    title: 'client-chosen ids',
    text: "any UUID Ajv's format: uuid takes (any version and variant nibble, the urn:uuid: form, as Fastify and express-openapi-validator check it) or only RFC 9562's versions 1 to 8 (as zod's uuid does); the disputed ones may get 201 or 400",
    choices: ['any-uuid', 'rfc9562'],
  },
  reservedKeys: {
    title: 'reserved keys',
    text: "__proto__, constructor and prototype accepted as object keys, or refused with 400 (a prototype-pollution guard, as Fastify's JSON parser refuses __proto__ by default)",
    choices: ['accepted', 'refused'],
    keys: ['__proto__', 'constructor', 'prototype'],
    /** How a refusal is named in findings. */
    seen: 'refused an object key that prototype-pollution guards refuse',
  },
  emailComparison: {
    title: 'email equivalence',
    text: 'emails compared case-insensitively or not (the profile decides the severity)',
    choices: ['case-insensitive', 'case-sensitive'],
  },
  responses: {
    title: 'responses',
    text: 'extra properties, extra headers (Location, request ids), charset or none, Connection: close, chunked or not, any latency',
  },
  rateLimiting: {
    title: 'rate limiting',
    text: '429 with Retry-After at any rate: the suite waits and retries, and says so; not a finding',
  },
} as const;

export type Stage = (typeof LATITUDE.stageOrder.stages)[number];
/** The topics whose choices are a list of names: each is one emulator flag and one field of `ServerChoices`. */
export type NamedChoiceTopic = {
  [K in keyof typeof LATITUDE]: (typeof LATITUDE)[K] extends { readonly choices: readonly string[] } ? K : never;
}[keyof typeof LATITUDE];
type ChoiceOf<K extends NamedChoiceTopic> = (typeof LATITUDE)[K]['choices'][number];

/** The style of a server's answers (the `responses` topic): none of it may change a verdict. */
export interface ResponseStyle {
  readonly extraErrorProperties: boolean;
  readonly extraHeaders: boolean;
  readonly charset: boolean;
  readonly connectionClose: boolean;
  readonly chunked: boolean;
  readonly latencyMs: number;
}

/** One legitimate server: a choice on every topic of `LATITUDE`. */
export interface ServerChoices {
  /** A permutation of `LATITUDE.stageOrder.stages`. */
  readonly stageOrder: readonly Stage[];
  readonly identifierLimit: number;
  readonly requestMediaType: ChoiceOf<'requestMediaType'>;
  readonly requestEncoding: ChoiceOf<'requestEncoding'>;
  readonly failedAuthentication: ChoiceOf<'failedAuthentication'>;
  readonly undocumentedMethods: ChoiceOf<'undocumentedMethods'>;
  /** Which part's 409 wins when a create collides several ways: a permutation of the parts. */
  readonly conflictPrecedence: readonly IdentityPart[];
  readonly phoneValidation: ChoiceOf<'phoneValidation'>;
  readonly emailValidation: ChoiceOf<'emailValidation'>;
  readonly idValidation: ChoiceOf<'idValidation'>;
  readonly reservedKeys: ChoiceOf<'reservedKeys'>;
  readonly emailComparison: ChoiceOf<'emailComparison'>;
  readonly responses: ResponseStyle;
  /** Every n-th new request is answered 429 with `Retry-After: 0` first (its retry goes through); 0 never. */
  readonly rateLimitEvery: number;
}

/** The emulator's choices out of the box: the real API as far as it is known. */
export const DEFAULT_SERVER_CHOICES: ServerChoices = {
  stageOrder: ['auth', 'app', 'body', 'limit', 'conflict'],
  identifierLimit: 5,
  requestMediaType: 'strict',
  requestEncoding: 'strict',
  failedAuthentication: '401-json',
  undocumentedMethods: '405',
  conflictPrecedence: ['identifier', 'external_id', 'id'],
  // A phone-verification company's API checks numbers against the numbering plan.
  phoneValidation: 'numbering-plan',
  emailValidation: 'pattern',
  idValidation: 'any-uuid',
  reservedKeys: 'accepted',
  emailComparison: 'case-insensitive',
  responses: { extraErrorProperties: false, extraHeaders: false, charset: true, connectionClose: false, chunked: false, latencyMs: 0 },
  rateLimitEvery: 0,
};
