import { ajvErrorText } from '../vocabulary/formatAjvErrors.ts';
import type { CreateUserOperation } from './CreateUserOperation.ts';
import { joinPointer } from './jsonPointer.ts';
import { readRequestBody, STRICT_PARSING, type BodyReading } from './readRequestBody.ts';

/** Why a request is not one the spec describes, and the spec location that says so. */
export interface RequestViolation {
  readonly rule: string;
  readonly reason: string;
  /** For a schema violation: where in the body (Ajv's instance path, `""` for the body itself). */
  readonly instancePath?: string;
}

/** The content of a request as sent: lower-cased headers and the body bytes. */
export interface RequestContent {
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Uint8Array | undefined;
}

/**
 * The first reason the spec refuses this request, or undefined when the spec accepts it: the
 * documented media type, a required body, UTF-8 JSON text (RFC 8259), then the request schema (Ajv).
 * Every negative case is judged by this on what is actually sent, before it is sent and after it
 * is shrunk, so a "negative" case that became valid is never blamed on the target.
 */
export function requestViolation(operation: CreateUserOperation, content: RequestContent): RequestViolation | undefined {
  const requestBody = `${operation.pointer}/requestBody`;
  const reading = readRequestBody(operation.request.mediaType, content.headers['content-type'], content.body, STRICT_PARSING);
  if (!reading.ok && reading.problem === 'empty' && !operation.request.required) return undefined;
  if (!reading.ok)
    return {
      rule: BODY_PROBLEM_RULES[reading.problem](operation, requestBody),
      reason: reading.detail === 'no body' ? 'no body; the spec requires one' : reading.detail,
    };
  return schemaViolation(operation, reading.json);
}

/** Why the spec's request schema refuses a JSON value, or undefined when it accepts it. */
export function schemaViolation(operation: CreateUserOperation, json: unknown): RequestViolation | undefined {
  const validate = operation.request.validate;
  if (validate(json)) return undefined;
  const first = validate.errors?.[0];
  return {
    rule: operation.request.schemaPointer,
    reason: first === undefined ? '(root) is invalid' : ajvErrorText(first),
    instancePath: first?.instancePath ?? '',
  };
}

const BODY_PROBLEM_RULES: Readonly<Record<Exclude<BodyReading, { ok: true }>['problem'], (operation: CreateUserOperation, requestBody: string) => string>> = {
  'media type': (_operation, requestBody) => `${requestBody}/content`,
  empty: (_operation, requestBody) => `${requestBody}/required`,
  encoding: (operation, requestBody) => joinPointer(`${requestBody}/content`, operation.request.mediaType),
  syntax: (operation, requestBody) => joinPointer(`${requestBody}/content`, operation.request.mediaType),
};
