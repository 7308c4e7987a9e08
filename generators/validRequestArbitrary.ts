import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import { realisticIdentifierArbitrary } from './realisticIdentifier.ts';
import { PROFILE_CLASSES } from './realisticProfile.ts';
import { distinctIdentifiers, EXTERNAL_ID_CLASSES, ID_CLASSES, identifierArrayClasses, type IdentifierCounts } from './identityValueClasses.ts';
import { drawValueClasses, type ValueClass } from './ValueClass.ts';
import { schemaArbitrary } from './schemaArbitrary.ts';
import { schemaAtInstancePath } from './_internals/schemaAtInstancePath.ts';
import { stringArbitrary } from './_internals/stringArbitrary.ts';

/** A realism override for one instance location, built from what the spec says is there. */
interface Realism {
  readonly instancePath: string;
  readonly build: (schemaPointer: string, operation: CreateUserOperation, counts: IdentifierCounts) => Arbitrary<unknown>;
}

/** One realistic identifier of a type the spec's `identifiers` items allow (`pointer`: the array's schema). */
function identifierItemArbitrary(pointer: string, operation: CreateUserOperation): Arbitrary<{ type: string; value: string }> {
  const items = schemaAtInstancePath(operation.schemaAt, pointer, '/*');
  const typeSchema =
    items === undefined ? undefined : (operation.schemaAt(items).node['properties'] as Record<string, { enum?: unknown[] }> | undefined)?.['type'];
  const types = (typeSchema?.enum ?? []).filter((t): t is string => typeof t === 'string');
  return realisticIdentifierArbitrary(types);
}

// Where faker-made realism replaces the generic generator, each drawing its declared value
// classes (`VALUE_CLASS_LOCATIONS` counts them in the reports). Adding realism is adding an entry.
const REALISM: readonly Realism[] = [
  {
    instancePath: '/identifiers',
    build: (pointer, operation, counts) => drawValueClasses(identifierArrayClasses(identifierItemArbitrary(pointer, operation), counts)),
  },
  {
    instancePath: '/profile',
    // The declared classes, and beside them the spec's own arbitrary string-to-string map.
    build: (pointer, operation) =>
      drawValueClasses<unknown>(PROFILE_CLASSES as ReadonlyArray<ValueClass<unknown>>, [schemaArbitrary(pointer, operation, '/profile')]),
  },
  {
    instancePath: '/external_id',
    // Long enough to carry the run token that freshenIdentities writes, so every user is new.
    build: (pointer, operation) => {
      const schema = operation.schemaAt(pointer).node;
      const max = typeof schema['maxLength'] === 'number' ? schema['maxLength'] : 128;
      return fc.oneof(
        { withCrossShrink: true },
        ...EXTERNAL_ID_CLASSES.filter((c) => c.minLength >= 0 && c.minLength <= max).map((c) =>
          stringArbitrary(
            { ...schema, minLength: Math.min(Math.max(EXTERNAL_ID_MIN_LENGTH, c.minLength), max), maxLength: Math.min(c.maxLength ?? max, max) },
            max,
          ),
        ),
      );
    },
  },
  { instancePath: '/id', build: () => drawValueClasses(ID_CLASSES) },
];

const EXTERNAL_ID_MIN_LENGTH = 24;
// Up to a thousand identifiers a sample: two are enough once the everyday ones (the same identifiers) are trusted.
const SAMPLES_TO_TRUST_REALISM: Readonly<Record<IdentifierCounts, number>> = { everyday: 64, 'past any plausible limit': 2 };

/**
 * Valid `PostUserRequest` bodies: the spec's schema converted to an arbitrary, with realistic
 * identifiers and profiles where the spec allows them. A realism entry is used only if its values
 * validate against the (possibly changed) spec; otherwise the generic generator stands in, so a
 * new spec version never makes "valid" cases invalid. `counts`: the everyday identifier counts,
 * or only those past any plausible limit (a thousand identifiers cost what a hundred cases do, so
 * only the properties about them draw them).
 */
export function validRequestArbitrary(operation: CreateUserOperation, counts: IdentifierCounts = 'everyday'): Arbitrary<Record<string, unknown>> {
  const ofOperation = built.get(operation) ?? new Map<IdentifierCounts, Arbitrary<Record<string, unknown>>>();
  built.set(operation, ofOperation);
  let arbitrary = ofOperation.get(counts);
  if (arbitrary === undefined) {
    arbitrary = buildValidRequestArbitrary(operation, counts);
    ofOperation.set(counts, arbitrary);
  }
  return arbitrary;
}

/**
 * `count` distinct realistic identifiers, the same for the same `seed` (for fixed cases), or
 * undefined when the spec's `identifiers` is not an array realism can fill.
 */
export function realisticIdentifierArray(operation: CreateUserOperation, count: number, seed: number): unknown[] | undefined {
  const pointer = schemaAtInstancePath(operation.schemaAt, operation.request.schemaPointer, '/identifiers');
  if (pointer === undefined || operation.schemaAt(pointer).node['type'] !== 'array') return undefined;
  const [identifiers] = fc.sample(distinctIdentifiers(identifierItemArbitrary(pointer, operation), count, count), { seed, numRuns: 1 });
  return identifiers !== undefined && operation.validatorAt(pointer)(identifiers) ? identifiers : undefined;
}

// Built once per operation and counts: trusting realism samples each override, and several
// properties (valid, negative, hostile) start from the same valid requests.
const built = new WeakMap<CreateUserOperation, Map<IdentifierCounts, Arbitrary<Record<string, unknown>>>>();

function buildValidRequestArbitrary(operation: CreateUserOperation, counts: IdentifierCounts): Arbitrary<Record<string, unknown>> {
  const overrides = new Map<string, Arbitrary<unknown>>();
  for (const realism of REALISM) {
    const pointer = schemaAtInstancePath(operation.schemaAt, operation.request.schemaPointer, realism.instancePath);
    if (pointer === undefined) continue;
    const arbitrary = realism.build(pointer, operation, counts);
    const validate = operation.validatorAt(pointer);
    if (fc.sample(arbitrary, { numRuns: SAMPLES_TO_TRUST_REALISM[counts], seed: 42 }).every((v) => validate(v))) {
      overrides.set(realism.instancePath, arbitrary);
    }
  }
  return schemaArbitrary(operation.request.schemaPointer, { ...operation, overrides }) as Arbitrary<Record<string, unknown>>;
}
