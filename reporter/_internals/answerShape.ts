import type { SummaryFinding } from '../../vocabulary/ConformanceSummary.ts';

/** An answer as findings are grouped by it: what the target said, apart from the values that vary per case. */
export interface AnswerShape {
  /** Equal for two answers only when their status, code, media type and body shape are. */
  readonly key: string;
  /** How the answer is named: `400 FST_ERR_VALIDATION {code, error, message, statusCode}`, `no response (timed out)`. */
  readonly text: string;
  /** The answer's status, media type and body (parsed when JSON), for what recognises it; undefined when none arrived. */
  readonly seen: SeenAnswer | undefined;
}

/** A response as the counterexample recorded it. */
export interface SeenAnswer {
  readonly status: number;
  /** Without parameters, lower-cased; undefined when the answer had no Content-Type. */
  readonly mediaType: string | undefined;
  readonly body: string;
  /** The body parsed as JSON; undefined when it is not JSON (or was cut for the report). */
  readonly json: unknown;
}

// A body the report cut (`…(N more characters)`, `…(truncated by the suite)`) cannot be parsed:
// its shape is unknown, and it is named as such rather than as "not JSON".
const CUT_BODY = / …\((\d+ more characters|truncated by the suite)\)$/;
const JSON_MEDIA_TYPE = /^application\/(.+\+)?json$/;

/**
 * The answer a finding's counterexample got, reduced to what makes two answers the same wrong
 * answer: the status, the error code, the media type, and the body's shape — the sorted top-level
 * keys of a JSON object with the JSON type of each value (so `{"id":42}` and `{"id":"usr_…"}`
 * differ), or "empty body", "not JSON", "a JSON array". Values that vary per case (messages, ids)
 * are left out: one wrong answer seen by three checks in forty cases is one shape.
 */
export function answerShape(finding: SummaryFinding): AnswerShape {
  const { response, failure } = finding.counterexample;
  if (response === undefined || finding.status === undefined) {
    const why = failureKind(failure);
    return { key: `none|${why}`, text: `no response (${why})`, seen: undefined };
  }
  const contentType = Object.entries(response.headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1];
  const mediaType = contentType?.split(';')[0]!.trim().toLowerCase() || undefined;
  const cut = CUT_BODY.test(response.body);
  const json = cut ? undefined : parseJson(response.body);
  const body = bodyShape(response.body, json, cut);
  // The media type is named when it is not JSON's, unless there is no body to label.
  const labelled = body.key === 'empty' || (mediaType !== undefined && JSON_MEDIA_TYPE.test(mediaType)) ? '' : ` (${mediaType ?? 'no Content-Type'})`;
  const status = finding.code === undefined ? String(finding.status) : `${finding.status} ${finding.code}`;
  return {
    key: [finding.status, finding.code ?? '-', mediaType ?? '-', body.key].join('|'),
    text: `${status} ${body.text}${labelled}`,
    seen: { status: finding.status, mediaType, body: response.body, json },
  };
}

function bodyShape(body: string, json: unknown, cut: boolean): { key: string; text: string } {
  if (cut) return { key: 'cut', text: 'a body too long to show' };
  if (body.trim() === '') return { key: 'empty', text: 'empty body' };
  if (json === undefined) return { key: 'text', text: 'not JSON' };
  if (Array.isArray(json)) return { key: 'array', text: 'a JSON array' };
  if (json === null || typeof json !== 'object') return { key: `json ${typeOf(json)}`, text: `a JSON ${typeOf(json)}` };
  const keys = Object.keys(json).sort();
  const typed = keys.map((k) => `${k}:${typeOf((json as Record<string, unknown>)[k])}`);
  return { key: `{${typed.join(',')}}`, text: `{${keys.join(', ')}}` };
}

function typeOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

/** A transport failure by kind: the deadline, or the error's code (`ECONNRESET`), not its message. */
function failureKind(failure: string | undefined): string {
  if (failure === undefined) return 'unknown failure';
  if (failure.startsWith('no complete response within')) return 'timed out';
  return /^[A-Z][A-Z0-9_]+(?=:)/.exec(failure)?.[0] ?? failure;
}
