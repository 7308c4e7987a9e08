import { createHash } from 'node:crypto';

/**
 * Each property gets its own fast-check seed derived from the run seed and its name, so adding
 * or filtering properties never changes what another property generates.
 */
export function propertySeed(runSeed: number, property: string): number {
  return createHash('sha256').update(`${runSeed}:${property}`).digest().readInt32BE(0);
}
