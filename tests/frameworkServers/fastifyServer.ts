import { fastify, type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { answerUnmatched, INTERNAL_ERROR, specError, UNAUTHORIZED, type Answer } from './_internals/specErrors.ts';
import { componentSchema, readSpecDocument } from './_internals/specDocument.ts';
import { loopbackUrl, type RunningServer, type ServerVariant } from './_internals/runningServer.ts';
import { BODY_LIMIT_BYTES, isAuthorized, UserDirectory, type CreateUserBody } from './_internals/userDirectory.ts';

/** The spec's own request schema, `$ref`s inlined, as the route's body schema. */
const POST_USER_REQUEST = componentSchema(readSpecDocument(), 'PostUserRequest');

/**
 * A create-user server on Fastify 5, validating bodies with Fastify's own Ajv against the spec's
 * `PostUserRequest`. Order: token (onRequest hook), body (media type, JSON, schema), then the
 * handler's app lookup, limit, identifier values and conflicts.
 *
 * `conformant` turns off Ajv type coercion (Fastify's default `coerceTypes: 'array'` would accept
 * `"external_id": 5` or a lone identifier object), refuses text/plain bodies (Fastify parses them
 * by default) and maps every error to the spec's shapes. `defaults` keeps Fastify's error bodies
 * (`{ statusCode, code: 'FST_ERR_…', error, message }`), its 404/413/415 and its coercion.
 * Both keep Fastify's prototype-poisoning guard: a body with a `__proto__` key is a 400.
 */
export async function startFastifyServer(variant: ServerVariant): Promise<RunningServer> {
  const app = fastify({
    bodyLimit: BODY_LIMIT_BYTES,
    ...(variant === 'conformant' ? { ajv: { customOptions: { coerceTypes: false } } } : {}),
  });
  if (variant === 'conformant') makeConformant(app);
  addCreateUserRoute(app, new UserDirectory());
  await app.listen({ host: '127.0.0.1', port: 0 });
  return { url: loopbackUrl(app.server), close: () => app.close() };
}

function addCreateUserRoute(app: FastifyInstance, directory: UserDirectory): void {
  app.post<{ Params: { appID: string }; Body: CreateUserBody }>(
    '/v2/session/apps/:appID/users',
    { schema: { body: POST_USER_REQUEST }, onRequest: requireToken },
    async (request, reply) => send(reply, directory.createUser(request.params.appID, request.body)),
  );
}

/** Answers 401 unless the request carries the token; returning the reply ends the request (Fastify's async-hook rule). */
async function requireToken(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
  return isAuthorized(request.headers.authorization) ? undefined : send(reply, UNAUTHORIZED);
}

/** The conformant variant's changes: JSON bodies only, spec-shaped errors, 405 on other methods. */
function makeConformant(app: FastifyInstance): void {
  // Without a parser for it, a text/plain body is Fastify's 415, which the error handler maps.
  app.removeContentTypeParser('text/plain');
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if ((error.statusCode ?? 500) >= 500) request.log.error(error);
    return send(reply, answerForError(error));
  });
  app.setNotFoundHandler((request, reply) => send(reply, answerUnmatched(request.method, request.url.split('?')[0] ?? '')));
}

/**
 * A Fastify error as the spec's 400: schema errors only on `/id` are `invalid_id`, every other
 * client error (schema, JSON syntax, empty body, `__proto__` key, 413, 415) is `invalid_request`.
 */
function answerForError(error: FastifyError): Answer {
  if (error.validation !== undefined) {
    const onlyId = error.validation.every((e) => e.instancePath === '/id');
    return onlyId ? specError('invalid_id', 'The provided ID is invalid.') : specError('invalid_request', error.message);
  }
  const status = error.statusCode ?? 500;
  return status >= 400 && status < 500 ? specError('invalid_request', error.message) : INTERNAL_ERROR;
}

function send(reply: FastifyReply, answer: Answer): FastifyReply {
  return reply
    .code(answer.status)
    .headers(answer.headers ?? {})
    .send(answer.body);
}
