import type { WireResponse } from '../vocabulary/Exchange.ts';

/** The `code` and `status` strings of an error body, when the body has them. */
export function errorFields(response: WireResponse | undefined): { code: string | undefined; statusText: string | undefined } {
  const body = response?.json;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return { code: undefined, statusText: undefined };
  const { code, status } = body as { code?: unknown; status?: unknown };
  return {
    code: typeof code === 'string' ? code : undefined,
    statusText: typeof status === 'string' ? status : undefined,
  };
}

/** How a response is named in messages: `400 invalid_request`, `201`, `404 (body too large to read)`. */
export function describeResponse(response: WireResponse): string {
  const { code } = errorFields(response);
  if (response.truncated) return `${response.status} (body too large to read)`;
  return code ? `${response.status} ${code}` : String(response.status);
}

/**
 * Whether the answer is `status` with one of `codes`. A body too large to read has a code
 * nobody can see: its status is judged alone (`response_size` says what went unjudged).
 */
export function answerIs(response: WireResponse, status: number, codes: readonly string[]): boolean {
  if (response.status !== status) return false;
  if (response.truncated) return true;
  const { code } = errorFields(response);
  return code !== undefined && codes.includes(code);
}
