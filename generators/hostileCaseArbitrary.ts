import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { Profile } from '../config/profile.ts';
import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import type { CreateUserCase } from '../vocabulary/CreateUserCase.ts';
import { editAt } from './_internals/editAt.ts';
import { exemplar } from './_internals/exemplar.ts';
import { instancePathText, schemaLocations, type Segment } from './_internals/schemaLocations.ts';
import { HOSTILE_STRINGS, longHostileStrings, type HostileString } from './hostileStrings.ts';
import { isInvalidCase } from './negativeCaseArbitrary.ts';
import { validRequestArbitrary } from './validRequestArbitrary.ts';

/** Where a hostile string goes: a free-form string value, or a key of a free-form map. */
export interface HostileTarget {
  readonly path: readonly Segment[];
  readonly place: (hostile: string) => { readonly path: readonly Segment[]; readonly value: unknown };
}

// Identity freshening rewrites the start of a bounded identity string (`external_id`): hostile
// text goes after this much padding so that it is still there when the request is sent.
const FRESHENING_ROOM = 32;

/**
 * Every place the spec allows any string: string schemas without `enum`, `const`, `format` or
 * `pattern` (minus the profile's `validatedBeyondSchema`), and keys of maps.
 */
export function hostileTargets(operation: CreateUserOperation, profile: Profile): HostileTarget[] {
  return schemaLocations(operation.schemaAt, operation.request.schemaPointer).flatMap(({ path, pointer, node }): HostileTarget[] => {
    if (typeof node['additionalProperties'] === 'object' && node['propertyNames'] === undefined) {
      const value = exemplar(operation, `${pointer}/additionalProperties`);
      return [{ path, place: (hostile) => ({ path: [...path, { kind: 'property', name: hostile }], value }) }];
    }
    const freeForm = node['type'] === 'string' && !['enum', 'const', 'format', 'pattern'].some((k) => k in node);
    if (!freeForm || profile.validatedBeyondSchema.includes(instancePathText(path))) return [];
    const max = typeof node['maxLength'] === 'number' ? node['maxLength'] : undefined;
    return [{ path, place: (hostile) => ({ path, value: max === undefined ? hostile : fitWithin(hostile, max) }) }];
  });
}

/**
 * Valid realistic requests carrying a hostile string (unicode, control characters, injection
 * look-alikes, long strings) where the spec allows any string. The target must create the user;
 * a 5xx fails `no_server_error`, a refusal `positive_acceptance`.
 */
export function hostileCaseArbitrary(operation: CreateUserOperation, profile: Profile): Arbitrary<CreateUserCase> {
  const targets = hostileTargets(operation, profile);
  const strings: HostileString[] = [...HOSTILE_STRINGS, ...longHostileStrings(profile.longStringCodePoints)];
  return fc
    .tuple(validRequestArbitrary(operation), fc.constantFrom(...targets), fc.constantFrom(...strings))
    .map(([body, target, hostile]): CreateUserCase | undefined => {
      const placed = target.place(hostile.value);
      const edited = editAt(body, placed.path, 0, () => placed.value);
      return edited && { family: 'hostile', app: 'enabled', body: edited.value, expectation: { kind: 'created' }, freshIdentities: true };
    })
    .filter((testCase): testCase is CreateUserCase => testCase !== undefined && !isInvalidCase(operation, testCase));
}

function fitWithin(hostile: string, maxCodePoints: number): string {
  const chars = [...hostile];
  if (chars.length >= maxCodePoints) return chars.slice(0, maxCodePoints).join('');
  return 'x'.repeat(Math.min(FRESHENING_ROOM, maxCodePoints - chars.length)) + hostile;
}
