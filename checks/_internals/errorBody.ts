import type { WireResponse } from '../../transport/Exchange.ts';

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

/** How a response is named in messages: `400 invalid_request`, `201`, `502 (not JSON)`. */
export function describeResponse(response: WireResponse): string {
  const { code } = errorFields(response);
  return code ? `${response.status} ${code}` : String(response.status);
}
