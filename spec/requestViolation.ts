import type { CreateUserOperation } from './CreateUserOperation.ts';
import { joinPointer } from './_internals/jsonPointer.ts';

/** Why a request is not one the spec describes, and the spec location that says so. */
export interface RequestViolation {
  readonly rule: string;
  readonly reason: string;
}

/** The content of a request as sent: lower-cased headers and the body bytes. */
export interface RequestContent {
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Uint8Array | undefined;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The first reason the spec refuses this request, or undefined when the spec accepts it: the
 * documented media type, a required body, UTF-8 JSON text (RFC 8259), then the request schema (Ajv).
 * Every negative case is judged by this on what is actually sent, before it is sent and after it
 * is shrunk, so a "negative" case that became valid is never blamed on the target.
 */
export function requestViolation(operation: CreateUserOperation, content: RequestContent): RequestViolation | undefined {
  const requestBody = `${operation.pointer}/requestBody`;
  const mediaTypeRule = joinPointer(`${requestBody}/content`, operation.request.mediaType);
  const contentType = content.headers['content-type'];
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== operation.request.mediaType.toLowerCase()) {
    return { rule: `${requestBody}/content`, reason: `Content-Type ${contentType === undefined ? 'missing' : JSON.stringify(contentType)}; the spec documents ${operation.request.mediaType}` };
  }
  const bytes = typeof content.body === 'string' ? new TextEncoder().encode(content.body) : content.body;
  if (bytes === undefined || bytes.byteLength === 0) {
    return operation.request.required ? { rule: `${requestBody}/required`, reason: 'no body; the spec requires one' } : undefined;
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return { rule: mediaTypeRule, reason: 'the body is not UTF-8 (RFC 8259 §8.1)' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { rule: mediaTypeRule, reason: `the body is not JSON (${(error as Error).message})` };
  }
  const validate = operation.request.validate;
  if (validate(json)) return undefined;
  const first = validate.errors?.[0];
  return { rule: operation.request.schemaPointer, reason: `${first?.instancePath || '(root)'} ${first?.message ?? 'is invalid'}` };
}
