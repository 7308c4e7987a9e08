import type { CreateUserCase } from '../vocabulary/CreateUserCase.ts';
import { MALFORMED_BODIES } from './mutations/malformedBodies.ts';

/** The part of a request that carries a case's content: method, headers and body bytes. */
export interface CaseContent {
  readonly method: string;
  /** Lower-cased header names; the case's overrides applied (`null` removed the header). */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Uint8Array | undefined;
}

/**
 * What a case sends, apart from where it goes. Shared by the transport (`buildRequest`) and by the
 * negative cases' re-validation (`requestViolation`), so that what is judged invalid is exactly
 * what goes on the wire.
 */
export function caseContent(testCase: CreateUserCase): CaseContent {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  for (const [name, value] of Object.entries(testCase.headers ?? {})) {
    if (value === null) delete headers[name.toLowerCase()];
    else headers[name.toLowerCase()] = value;
  }
  const method = testCase.method ?? 'POST';
  const text = malformedBytes(testCase) ?? JSON.stringify(testCase.body);
  // fetch refuses a body on GET and HEAD; and it labels a string body sent without a Content-Type
  // `text/plain`, so such a body goes as bytes, which fetch leaves unlabelled.
  const body =
    method === 'GET' || method === 'HEAD'
      ? undefined
      : headers['content-type'] === undefined && typeof text === 'string'
        ? new TextEncoder().encode(text)
        : text;
  return { method, headers, body };
}

function malformedBytes({ malformed, body }: CreateUserCase): string | Uint8Array | undefined {
  if (malformed === undefined) return undefined;
  const entry = MALFORMED_BODIES.find((m) => m.name === malformed.name);
  if (entry === undefined) throw new Error(`no malformed body named "${malformed.name}"`);
  return entry.make(JSON.stringify(body), malformed.variant);
}
