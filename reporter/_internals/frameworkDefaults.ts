import type { SeenAnswer } from './answerShape.ts';

/** What the spec and the checks say of an answer, beyond the answer itself. */
export interface SpecFacts {
  /** `status_documented` flagged the answer: the spec does not document its status. */
  readonly statusUndocumented: boolean;
  /** The statuses the spec documents (with an error code, or its success status). */
  readonly documentedStatuses: ReadonlySet<number>;
}

/** One well-known default answer: what it looks like, exactly, and how a cause names it. */
interface KnownDefault {
  readonly name: string;
  readonly matches: (answer: SeenAnswer, spec: SpecFacts) => boolean;
  readonly says: string;
}

const FASTIFY_ERROR_KEYS = ['code', 'error', 'message', 'statusCode'];
const EXPRESS_OPENAPI_VALIDATOR_KEYS = ['errors', 'message'];

/**
 * Answers that servers send when a framework's default was left as shipped, one entry per default.
 * Each matches the default's whole shape (its exact keys and their types, its status), never a
 * look-alike: a cause that names a framework must be that framework's body. Adding a framework is
 * adding an entry.
 */
const KNOWN_DEFAULTS: readonly KnownDefault[] = [
  {
    name: 'fastify-error',
    matches: ({ status, json }) =>
      hasExactly(json, FASTIFY_ERROR_KEYS) &&
      /^FST_ERR_[A-Z0-9_]+$/.test(String(json['code'])) &&
      json['statusCode'] === status &&
      strings(json, ['error', 'message']),
    says: "Fastify's default error body (not mapped to the spec's error shapes)",
  },
  {
    name: 'fastify-not-found',
    matches: ({ status, json }) =>
      status === 404 &&
      hasExactly(json, ['error', 'message', 'statusCode']) &&
      json['statusCode'] === 404 &&
      json['error'] === 'Not Found' &&
      /^Route [A-Z]+:\S* not found$/.test(String(json['message'])),
    says: "Fastify's default not-found body (no route for this method and path)",
  },
  {
    name: 'express-openapi-validator',
    matches: ({ json }) =>
      hasExactly(json, EXPRESS_OPENAPI_VALIDATOR_KEYS) &&
      typeof json['message'] === 'string' &&
      Array.isArray(json['errors']) &&
      json['errors'].length > 0 &&
      json['errors'].every((e) => isObject(e) && strings(e, ['path', 'message'])),
    says: "express-openapi-validator's default error body (not mapped to the spec's error shapes)",
  },
  {
    name: 'hono-zod-validation',
    matches: ({ json }) =>
      hasExactly(json, ['error', 'success']) &&
      json['success'] === false &&
      isObject(json['error']) &&
      (json['error']['name'] === 'ZodError' || Array.isArray(json['error']['issues'])),
    says: "Hono's zod validator default body ({success: false, error}: zod's issues, not the spec's error shapes)",
  },
  {
    name: 'hono-malformed-json',
    matches: ({ status, mediaType, body }) => status === 400 && mediaType === 'text/plain' && body === 'Malformed JSON in request body',
    says: "Hono's default plain-text answer to malformed JSON (not the spec's error shape)",
  },
  {
    name: 'unsupported-media-type',
    matches: ({ status }, spec) => status === 415 && spec.statusUndocumented && spec.documentedStatuses.has(400),
    says: '415 Unsupported Media Type, which the spec does not document (its bad request is 400)',
  },
  {
    name: 'payload-too-large',
    matches: ({ status }, spec) => status === 413 && spec.statusUndocumented && spec.documentedStatuses.has(400),
    says: '413 Payload Too Large, which the spec does not document (its bad request is 400)',
  },
];

/**
 * What an answer is, when it is a well-known default: a framework's error body left as shipped, or
 * a status a framework answers on its own where the spec documents another. Undefined for anything
 * else. Several may apply (Fastify's 415 is both): they are joined.
 */
export function recogniseDefaults(answer: SeenAnswer, spec: SpecFacts): string | undefined {
  const says = KNOWN_DEFAULTS.filter((d) => d.matches(answer, spec)).map((d) => d.says);
  return says.length > 0 ? says.join('; ') : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function hasExactly(value: unknown, keys: readonly string[]): value is Record<string, unknown> {
  return isObject(value) && Object.keys(value).sort().join(',') === [...keys].sort().join(',');
}

function strings(value: Record<string, unknown>, keys: readonly string[]): boolean {
  return keys.every((k) => typeof value[k] === 'string');
}
