import { randomBytes } from 'node:crypto';

/**
 * `bytes` random bytes as lowercase hex, never all zeros (W3C Trace Context forbids an all-zero
 * trace or span id). From node:crypto, never from fast-check's generator: drawing an id must not
 * consume the random stream that decides which cases a seed draws.
 */
export function randomHexId(bytes: number): string {
  for (;;) {
    const id = randomBytes(bytes).toString('hex');
    if (/[^0]/.test(id)) return id;
  }
}
