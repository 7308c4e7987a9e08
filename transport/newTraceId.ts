import { randomHexId } from './_internals/randomHexId.ts';

/**
 * A fresh W3C trace id (16 random bytes, lowercase hex): one per generated value, so every request
 * of a case with its follow-up, or of a scenario, shows in the target's logs under one trace.
 */
export function newTraceId(): string {
  return randomHexId(16);
}
