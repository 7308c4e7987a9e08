import type { CreateUserCase } from '../../vocabulary/CreateUserCase.ts';

// What a call of the SDK's `client.post(path, { body })` cannot send, each with the reason reports give.
const LIMITS: ReadonlyArray<{ readonly when: (testCase: CreateUserCase) => boolean; readonly reason: string }> = [
  { when: (c) => c.method !== undefined && c.method !== 'POST', reason: 'another HTTP method' },
  { when: (c) => c.malformed !== undefined, reason: 'raw bytes as the body' },
  { when: (c) => c.headers !== undefined && Object.keys(c.headers).length > 0, reason: 'its own headers (missing or bad credentials, another content type)' },
  // The SDK sends no body at all for a falsy one (`null`, `false`, `0`, `""`).
  { when: (c) => !c.body, reason: 'a body the SDK drops (null, false, 0 or "")' },
];

/**
 * Why a case cannot be sent through the SDK (it then goes through fetch, and the report counts
 * it), or undefined when it can: a JSON body POSTed with the SDK's own credentials and headers.
 */
export function sdkCannotExpress(testCase: CreateUserCase): string | undefined {
  return LIMITS.find((limit) => limit.when(testCase))?.reason;
}
