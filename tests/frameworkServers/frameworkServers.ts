import { startExpressServer } from './expressServer.ts';
import { startFastifyServer } from './fastifyServer.ts';
import { startHonoServer } from './honoServer.ts';
import type { RunningServer, ServerVariant } from './_internals/runningServer.ts';

export type { RunningServer, ServerVariant } from './_internals/runningServer.ts';

/** One create-user server built on a real framework, as a team would build it. */
export interface FrameworkServer {
  readonly name: string;
  readonly framework: string;
  readonly start: (variant: ServerVariant) => Promise<RunningServer>;
  /** What the server does where the spec is silent, so a finding against it can be judged. */
  readonly notes: string;
  /**
   * The answers its `defaults` variant gives on its own (`"400 FST_ERR_VALIDATION"`, `"415"`): every
   * error the suite finds there must have one of them, or it is not the framework's doing.
   */
  readonly frameworkAnswers: RegExp;
}

const SHARED_NOTES =
  'Shared handler: 401 JSON for a missing or wrong token; app lookup (404 app_not_found, 403 session_disabled) after body validation; ' +
  'then more than 10 identifiers → too_many_user_identifiers, phones checked with libphonenumber-js/max isValidPhoneNumber and emails with validator isEmail → invalid_request, ' +
  'the same identifier twice in one request → invalid_request; then 409s in the order identifier, external_id, id. ' +
  'Emails compared lower-cased, phones as sent, external_id exactly, id as the UUID it encodes (case-insensitive, urn:uuid: prefix stripped). ' +
  'Invalid UTF-8 in a body is read leniently, bad bytes as U+FFFD (Node decodes bodies that way in all three frameworks).';

/**
 * The servers the suite's self-test runs against as servers it did not write: each on a real
 * framework, each in a `conformant` variant (what a careful team ships) and a `defaults` variant
 * (the framework's own answers to malformed requests left in place). A conformant variant the
 * suite calls faulty is either a false alarm of the suite or a place where the team's reading of
 * the spec differs (see `notes`).
 */
export const FRAMEWORK_SERVERS: ReadonlyArray<FrameworkServer> = [
  {
    name: 'fastify',
    framework: 'Fastify 5 (its Ajv validating the spec’s own PostUserRequest)',
    start: startFastifyServer,
    // Its own error codes, and the 201 its type coercion gives an invalid body.
    frameworkAnswers: /^(4\d\d FST_ERR_\w+|201)$/,
    notes:
      'Order: token (onRequest), then media type, JSON, schema, then the shared handler. ' +
      'Conformant: coerceTypes off, text/plain parser removed (strict media type: anything but application/json is 400), ' +
      'every Fastify error → 400 invalid_request (invalid_id when every schema error is on /id), 405 with Allow: POST for other methods. ' +
      'Both variants keep the prototype-poisoning guard: a "__proto__" (or "constructor": {"prototype"}) key anywhere in the body is a 400 (reserved-key guard). ' +
      'UUIDs as ajv-formats reads format: uuid (any hex 8-4-4-4-12, urn:uuid: form too); external_id length in code points (Ajv counts them). ' +
      "Defaults: Fastify's { statusCode, code: 'FST_ERR_…', error, message } bodies, 415 for other media types, 413 over 1 MiB, 404 for other methods, " +
      "coerceTypes: 'array' (external_id: 5 or a lone identifier object is accepted), text/plain bodies parsed as a string (then a schema 400). " +
      SHARED_NOTES,
  },
  {
    name: 'express',
    framework: 'Express 5 + express-openapi-validator 5.6 (spec/openapi.yaml as is)',
    start: startExpressServer,
    frameworkAnswers: /^4\d\d$/,
    notes:
      'Order: express.json (JSON syntax, 1 MiB) before anything, so a malformed body without a token is a 400; then route match (404/405), token (the validator’s security handler), media type and schema, then the shared handler. ' +
      'The validator loads and compiles the spec on the first request, which is slower (a few hundred ms). ' +
      'Strict media type (the validator answers 415 for anything but application/json). No reserved-key guard: a "__proto__" key is read as an ordinary profile key. ' +
      'UUIDs and lengths as Ajv reads the spec (format: uuid lenient, maxLength in code points). ' +
      'Conformant: every client error → 400 invalid_request (invalid_id when every error is on /body/id), 405 with Allow: POST. ' +
      'Defaults: the README’s { message, errors } handler with the error’s own status: 400, 413, 415, 404, 405 without Allow, and 401 for auth. ' +
      SHARED_NOTES,
  },
  {
    name: 'hono',
    framework: 'Hono 4 + @hono/zod-openapi (request schema written in zod by hand)',
    start: startHonoServer,
    frameworkAnswers: /^4\d\d$/,
    notes:
      'Order: token, body size (route middleware), media type and schema, then the shared handler. ' +
      'Strict media type (zod-openapi answers 415 for anything but application/json with a body). ' +
      'z.uuid() is stricter than format: uuid (RFC 9562 version 1-8 and variant required, no urn:uuid:, and its nil/max exceptions are lower-case only): ' +
      'spec-valid ids like 550e8400-e29b-01d4-0716-446655440000 or FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF get 400 invalid_id. ' +
      'z.string().max(128) counts code points as the spec does (zod 4.6; older zod counted UTF-16 units). ' +
      'No reserved-key guard: zod rebuilds the profile object, so a "__proto__" key is dropped silently and the user is created. ' +
      'Conformant: defaultHook → 400 invalid_request (invalid_id when every issue is on id), onError → 400 invalid_request, notFound → 405 with Allow: POST or 404. ' +
      "Defaults: zod-openapi's { success: false, error } 400, Hono's plain-text 400 (malformed JSON), 415 and 404, the body-limit middleware's 413. " +
      SHARED_NOTES,
  },
];
