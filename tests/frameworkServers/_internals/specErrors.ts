/**
 * The error answers the three servers share, shaped as spec/openapi.yaml documents them:
 * `{ code, status, message }`, where each code has exactly one HTTP status and status text.
 * Codes the spec does not document (401, 404 route, 405, 500) keep the same shape, as a team
 * would do for consistency.
 */

/** One answer a server sends: the handlers return these, each framework writes them its own way. */
export interface Answer {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** The spec's error codes and their (HTTP status, status text) pairs. */
const SPEC_ERROR_PAIRS = {
  invalid_request: { httpStatus: 400, status: 'bad_request' },
  invalid_id: { httpStatus: 400, status: 'bad_request' },
  too_many_user_identifiers: { httpStatus: 400, status: 'bad_request' },
  session_disabled: { httpStatus: 403, status: 'forbidden' },
  app_not_found: { httpStatus: 404, status: 'not_found' },
  already_in_use: { httpStatus: 409, status: 'conflict' },
  external_id_already_in_use: { httpStatus: 409, status: 'conflict' },
  conflict: { httpStatus: 409, status: 'conflict' },
} as const;

export type SpecErrorCode = keyof typeof SPEC_ERROR_PAIRS;

/** An error the spec documents, with the status the spec pairs with its code. */
export function specError(code: SpecErrorCode, message: string): Answer {
  const pair = SPEC_ERROR_PAIRS[code];
  return { status: pair.httpStatus, body: { code, status: pair.status, message } };
}

/** Missing or wrong token. The spec documents no 401; this is the shape of the other errors. */
export const UNAUTHORIZED: Answer = {
  status: 401,
  body: { code: 'unauthorized', status: 'unauthorized', message: 'The API token is missing or invalid.' },
  headers: { 'www-authenticate': 'Bearer' },
};

/** Another method on the users path (RFC 9110: 405 names the allowed methods in `Allow`). */
export function methodNotAllowed(method: string): Answer {
  return {
    status: 405,
    body: { code: 'method_not_allowed', status: 'method_not_allowed', message: `${method} is not allowed on this path.` },
    headers: { allow: 'POST' },
  };
}

/** A path the server does not serve. */
export const ROUTE_NOT_FOUND: Answer = { status: 404, body: { code: 'not_found', status: 'not_found', message: 'No such route.' } };

/** A bug: the details go to the log, not to the client. */
export const INTERNAL_ERROR: Answer = {
  status: 500,
  body: { code: 'internal_error', status: 'internal_server_error', message: 'Something went wrong on our side.' },
};

const USERS_PATH = /^\/v2\/session\/apps\/[^/]+\/users\/?$/;

/**
 * What a request no route matched gets: 405 with `Allow: POST` when only the method is wrong
 * (routers match method and path together, so they report both cases as "not found"), else 404.
 */
export function answerUnmatched(method: string, pathname: string): Answer {
  return USERS_PATH.test(pathname) && method !== 'POST' ? methodNotAllowed(method) : ROUTE_NOT_FOUND;
}
