import express, { type NextFunction, type Request, type Response } from 'express';
import { middleware as openApiValidator } from 'express-openapi-validator';
import { createServer } from 'node:http';
import { answerUnmatched, INTERNAL_ERROR, specError, UNAUTHORIZED, type Answer } from './_internals/specErrors.ts';
import { SPEC_PATH } from './_internals/specDocument.ts';
import { closeHttpServer, loopbackUrl, type RunningServer, type ServerVariant } from './_internals/runningServer.ts';
import { BODY_LIMIT_BYTES, isAuthorized, UserDirectory, type CreateUserBody } from './_internals/userDirectory.ts';

/**
 * A create-user server on Express 5 with express-openapi-validator 5.6 reading spec/openapi.yaml
 * (OpenAPI 3.1.1, which the validator supports as is). Order: JSON body parsing (express.json,
 * 1 MiB), then the validator's route match (404/405), token (its security handler for the bearer
 * scheme), media type and schema; then the handler's app lookup, limit, identifier values and
 * conflicts.
 *
 * `conformant` maps every error to the spec's shapes (405 keeps `Allow`); `defaults` uses the
 * error handler of the validator's README, `{ message, errors }` with the error's own status
 * (400, 401, 404, 405 without `Allow`, 413, 415).
 */
export async function startExpressServer(variant: ServerVariant): Promise<RunningServer> {
  const app = express();
  app.use(express.json({ limit: BODY_LIMIT_BYTES }));
  app.use(
    openApiValidator({
      apiSpec: SPEC_PATH,
      validateRequests: true,
      validateResponses: false,
      validateSecurity: { handlers: { Authorization: (req) => isAuthorized(req.headers.authorization) } },
    }),
  );
  const directory = new UserDirectory();
  app.post('/v2/session/apps/:appID/users', (req: Request<{ appID: string }, unknown, CreateUserBody>, res) => {
    send(res, directory.createUser(req.params.appID, req.body));
  });
  app.use(variant === 'conformant' ? answerWithSpecError : answerAsTheReadmeDoes);
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: loopbackUrl(server), close: () => closeHttpServer(server) };
}

/** What express.json and express-openapi-validator pass to `next(error)`. */
interface HttpFailure {
  readonly status?: number;
  readonly message?: string;
  /** The validator's per-problem list; `path` is like `/body/id`. */
  readonly errors?: ReadonlyArray<{ readonly path?: string; readonly message?: string }>;
  readonly headers?: Readonly<Record<string, string>>;
}

/** The conformant variant's error middleware: every failure in the spec's shapes. */
function answerWithSpecError(error: HttpFailure, req: Request, res: Response, _next: NextFunction): void {
  send(res, answerForError(error, req));
}

/**
 * 401 from the security handler stays 401; 404 and 405 from the validator's route match are the
 * not-found answers; a schema error only on `/body/id` is `invalid_id`; every other client error
 * (schema, JSON syntax, 413, 415, unsupported charset) is `invalid_request`.
 */
function answerForError(error: HttpFailure, req: Request): Answer {
  const status = error.status ?? 500;
  if (status === 401) return UNAUTHORIZED;
  if (status === 404 || status === 405) return answerUnmatched(req.method, req.path);
  if (status >= 500) {
    console.error('express server: unexpected error', error);
    return INTERNAL_ERROR;
  }
  const onlyId = status === 400 && error.errors !== undefined && error.errors.length > 0 && error.errors.every((e) => e.path === '/body/id');
  return onlyId ? specError('invalid_id', 'The provided ID is invalid.') : specError('invalid_request', error.message ?? 'The request is invalid.');
}

/** The defaults variant's error middleware, as express-openapi-validator's README writes it. */
function answerAsTheReadmeDoes(error: HttpFailure, _req: Request, res: Response, _next: NextFunction): void {
  res.status(error.status ?? 500).json({ message: error.message, errors: error.errors });
}

function send(res: Response, answer: Answer): void {
  res
    .status(answer.status)
    .set(answer.headers ?? {})
    .json(answer.body);
}
