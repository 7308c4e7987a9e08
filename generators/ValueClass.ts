import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';

/**
 * A named kind of value real clients send at one schema location (an email with a `+tag`, a
 * 15-digit phone number). A realistic generator declares its classes, so a run can say which it
 * sent, how often, and what each provoked; a class never drawn is visible as such.
 */
export interface ValueClass<T> {
  readonly name: string;
  /** How the class is drawn; undefined when the schema's own optional keys draw it (an absent property). */
  readonly arbitrary?: Arbitrary<T>;
  /** Whether a generated value (before identities are freshened) belongs to the class: how coverage is counted. */
  readonly holds: (value: T | undefined) => boolean;
}

/**
 * Draws each class equally often, so a rare class is never left to chance; the first class is the
 * simplest, and shrinking crosses over to it (`withCrossShrink`), so a counterexample ends in the
 * simplest class that still shows the fault.
 */
export function drawValueClasses<T>(classes: readonly ValueClass<T>[], besides: ReadonlyArray<Arbitrary<T>> = []): Arbitrary<T> {
  const drawn = [...classes.flatMap((c) => (c.arbitrary ? [c.arbitrary] : [])), ...besides];
  return fc.oneof({ withCrossShrink: true }, ...drawn);
}
