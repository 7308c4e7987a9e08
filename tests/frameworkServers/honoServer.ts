import { serve } from '@hono/node-server';
import { createRoute, OpenAPIHono, z, type Hook } from '@hono/zod-openapi';
import type { Context, Env, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Server } from 'node:http';
import { answerUnmatched, INTERNAL_ERROR, specError, UNAUTHORIZED, type Answer } from './_internals/specErrors.ts';
import { closeHttpServer, loopbackUrl, type RunningServer, type ServerVariant } from './_internals/runningServer.ts';
import { BODY_LIMIT_BYTES, isAuthorized, UserDirectory } from './_internals/userDirectory.ts';

/**
 * The spec's `PostUserRequest`, written by hand in zod as teams do. One difference from the spec
 * is left as a team would leave it: `z.uuid()` accepts only RFC 9562 UUIDs (version 1-8 and the
 * variant bits set, no `urn:uuid:` form, and the nil and max UUIDs in lower case only), where the
 * spec's `format: uuid` takes any hex digits in the 8-4-4-4-12 layout, in either case.
 * `.max(128)` counts code points as the spec's `maxLength` does (zod 4.6 does; older zod counted
 * UTF-16 code units). zod rebuilds records, so a `__proto__` profile key is dropped, not refused.
 */
const PostUserRequest = z.object({
  identifiers: z.array(z.object({ type: z.enum(['phone_number', 'email_address']), value: z.string() })),
  profile: z.record(z.string(), z.string()).optional(),
  id: z.uuid().optional(),
  external_id: z.string().max(128).optional(),
});

/** Answers 401 unless the request carries the token. */
const requireToken: MiddlewareHandler = async (c, next) => {
  if (!isAuthorized(c.req.header('authorization'))) return send(c, UNAUTHORIZED);
  await next();
};

/**
 * A create-user server on Hono 4 with @hono/zod-openapi, served by @hono/node-server. Order:
 * token and body size (route middleware), media type and schema (zod-openapi's validators), then
 * the handler's app lookup, limit, identifier values and conflicts.
 *
 * `conformant` maps validation errors (`defaultHook`), thrown HTTP errors (`onError`: malformed
 * JSON, 415) and unmatched routes (`notFound`: 405 with `Allow` on the users path) to the spec's
 * shapes, and a too large body to 400. `defaults` keeps zod-openapi's `{ success: false, error }`
 * 400, Hono's plain-text 400/415/404 and the body-limit middleware's 413.
 */
export async function startHonoServer(variant: ServerVariant): Promise<RunningServer> {
  const conformant = variant === 'conformant';
  const app = new OpenAPIHono(conformant ? { defaultHook: answerInvalidBody } : {});
  const limitBody = conformant ? bodyLimit({ maxSize: BODY_LIMIT_BYTES, onError: answerBodyTooLarge }) : bodyLimit({ maxSize: BODY_LIMIT_BYTES });
  const route = createRoute({
    method: 'post',
    path: '/v2/session/apps/{appID}/users',
    middleware: [requireToken, limitBody] as const,
    request: {
      params: z.object({ appID: z.string() }),
      body: { required: true, content: { 'application/json': { schema: PostUserRequest } } },
    },
    responses: {
      201: { description: 'Created' },
      400: { description: 'Bad Request' },
      403: { description: 'Forbidden' },
      404: { description: 'Not Found' },
      409: { description: 'Conflict' },
    },
  });
  const directory = new UserDirectory();
  app.openapi(route, (c) => send(c, directory.createUser(c.req.valid('param').appID, c.req.valid('json'))));
  if (conformant) {
    app.onError(answerThrownError);
    app.notFound((c) => send(c, answerUnmatched(c.req.method, c.req.path)));
  }
  const server = await listen(app);
  return { url: loopbackUrl(server), close: () => closeHttpServer(server) };
}

/** The conformant variant's `defaultHook`: a zod error only on `id` is `invalid_id`, any other `invalid_request`. */
const answerInvalidBody: Hook<unknown, Env, string, Response | undefined> = (result, c) => {
  if (result.success) return undefined;
  const onlyId = result.error.issues.every((issue) => issue.path[0] === 'id');
  return onlyId ? send(c, specError('invalid_id', 'The provided ID is invalid.')) : send(c, specError('invalid_request', z.prettifyError(result.error)));
};

/**
 * The conformant variant's answer to a body over the limit. The middleware answers without reading
 * the body, and @hono/node-server then drops the connection although its answer said keep-alive,
 * so a client reusing it sees the next request fail: `Connection: close` tells it not to.
 */
function answerBodyTooLarge(c: Context): Response {
  const answer = specError('invalid_request', 'The request body is too large.');
  return send(c, { ...answer, headers: { connection: 'close' } });
}

/** The conformant variant's `onError`: Hono's HTTP errors (malformed JSON, 415) are `invalid_request`. */
function answerThrownError(error: Error, c: Context): Response {
  if (error instanceof HTTPException && error.status < 500) return send(c, specError('invalid_request', error.message));
  console.error('hono server: unexpected error', error);
  return send(c, INTERNAL_ERROR);
}

function send(c: Context, answer: Answer): Response {
  return c.json(answer.body, answer.status as ContentfulStatusCode, answer.headers);
}

/** Serves `app` on a free loopback port; @hono/node-server makes a node:http server by default. */
function listen(app: OpenAPIHono): Promise<Server> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(server as Server));
  });
}
