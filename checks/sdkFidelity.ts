import { isDeepStrictEqual } from 'node:util';
import type { ProxiedRequest, SdkCall, SdkSurfaced } from '../vocabulary/SdkCall.ts';
import type { Check } from './Check.ts';
import type { Severity, Violation } from '../vocabulary/Finding.ts';

/** The error class the SDK documents for each status (its `APIError.generate`); anything else is a plain `APIError`. */
const ERROR_CLASSES: ReadonlyArray<{ readonly matches: (status: number) => boolean; readonly errorClass: string }> = [
  { matches: (s) => s === 400, errorClass: 'BadRequestError' },
  { matches: (s) => s === 401, errorClass: 'AuthenticationError' },
  { matches: (s) => s === 403, errorClass: 'PermissionDeniedError' },
  { matches: (s) => s === 404, errorClass: 'NotFoundError' },
  { matches: (s) => s === 409, errorClass: 'ConflictError' },
  { matches: (s) => s === 422, errorClass: 'UnprocessableEntityError' },
  { matches: (s) => s === 429, errorClass: 'RateLimitError' },
  { matches: (s) => s >= 500, errorClass: 'InternalServerError' },
  { matches: () => true, errorClass: 'APIError' },
];

/**
 * A repeated create is judged by what made the SDK repeat it. After a 409 or a 429 the server said
 * it did nothing, so the repeat is waste (requests, and a second or more of backoff before the
 * caller hears "conflict"): a warning. After a 5xx, a 408 or no answer the first request may have
 * created the user, and a create carries no idempotency key: the repeat can create a second user
 * (a body without identities) or answer 409 for a user that was in fact created, so the caller is
 * told it failed when it succeeded: an error.
 */
const RETRY_SEVERITY = (answer: ProxiedRequest['response']): Severity =>
  answer !== undefined && (answer.status === 409 || answer.status === 429) ? 'warning' : 'error';

/**
 * With `CONFORMANCE_TRANSPORT=sdk`: the SDK surfaces exactly what the server sent for the call
 * (its last answer, as the recording proxy saw it): a 2xx body as the resolved value, an error
 * status as the documented error class with the status and the body intact; and it sends one
 * request per create.
 */
export const sdkFidelity: Check = {
  id: 'sdk_fidelity',
  description:
    "Through the SDK: the call surfaces exactly the server's final answer (2xx body; error status as its documented error class, status and body intact), with one HTTP request per create.",
  severity: 'error or warning',
  source: "the SDK's documented error classes",
  explanation:
    "only with `CONFORMANCE_TRANSPORT=sdk`: the SDK surfaces exactly the server's final answer (the 201 body; an error status as its documented error class with status and body intact) (error); more than one HTTP request per create: after a 409 or 429 a warning (waste), after a 5xx, 408 or no answer an error (a create may happen twice)",
  appliesTo: ({ exchange }) => exchange.sdk !== undefined,
  verify: ({ exchange }) => [...surfacedAsSent(exchange.sdk!), ...requestsPerCall(exchange.sdk!.wire)],
};

function surfacedAsSent({ surfaced, wire }: SdkCall): Violation[] {
  const final = wire.at(-1);
  if (final === undefined) return [error(`the SDK call ${describe(surfaced)}, but the recording proxy saw no request for it.`)];
  const sent = final.response;
  if (sent === undefined) {
    return surfaced.kind === 'threw' && surfaced.status === undefined
      ? []
      : [error(`the target did not answer (${final.failure ?? 'no response'}), yet the SDK call ${describe(surfaced)}.`)];
  }
  const body = parsed(sent.bodyText);
  if (sent.status >= 200 && sent.status < 300) {
    if (surfaced.kind !== 'resolved') return [error(`the server answered ${sent.status}, yet the SDK call ${describe(surfaced)}.`)];
    const problems = [
      ...(surfaced.status !== sent.status ? [`status ${surfaced.status} instead of ${sent.status}`] : []),
      ...(!isDeepStrictEqual(surfaced.data, body) && surfaced.data !== sent.bodyText
        ? [`body ${JSON.stringify(surfaced.data)} instead of ${sent.bodyText}`]
        : []),
    ];
    return problems.length ? [error(`the server answered ${sent.status}; the SDK returned ${problems.join(' and ')}.`)] : [];
  }
  const expected = ERROR_CLASSES.find((c) => c.matches(sent.status))!.errorClass;
  if (surfaced.kind !== 'threw')
    return [error(`the server answered ${sent.status}, yet the SDK call resolved with ${JSON.stringify(surfaced.data)} instead of throwing ${expected}.`)];
  const problems = [
    ...(surfaced.errorClass !== expected ? [`${surfaced.errorClass} instead of ${expected}`] : []),
    ...(surfaced.status !== sent.status ? [`status ${surfaced.status ?? 'none'} instead of ${sent.status}`] : []),
    ...(!isDeepStrictEqual(surfaced.body, typeof body === 'string' ? undefined : body)
      ? [`body ${JSON.stringify(surfaced.body) ?? 'undefined'} instead of ${sent.bodyText}`]
      : []),
  ];
  return problems.length ? [error(`the server answered ${sent.status}; the SDK threw ${problems.join(', ')}.`)] : [];
}

function requestsPerCall(wire: readonly ProxiedRequest[]): Violation[] {
  if (wire.length <= 1) return [];
  const answers = wire.map((w) => (w.response ? String(w.response.status) : 'no answer'));
  const severity = wire.slice(0, -1).some((w) => RETRY_SEVERITY(w.response) === 'error') ? 'error' : 'warning';
  return [
    {
      severity,
      message:
        `the SDK sent ${wire.length} HTTP requests for one create (answers: ${answers.join(', ')}): it re-sends a non-idempotent POST` +
        (severity === 'error'
          ? ' after an answer that does not prove nothing was created, so one call can create two users or report a created one as failed.'
          : ' after an answer that proves nothing was created: wasted requests and backoff.'),
    },
  ];
}

function describe(surfaced: SdkSurfaced): string {
  return surfaced.kind === 'resolved' ? `resolved with ${surfaced.status}` : `threw ${surfaced.errorClass}${surfaced.status ? ` (${surfaced.status})` : ''}`;
}

/** The body as the SDK would read it: JSON when it parses, else the text. */
function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function error(message: string): Violation {
  return { severity: 'error', message };
}
