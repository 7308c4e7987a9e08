import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import { realisticIdentifierArbitrary } from './realisticIdentifier.ts';
import { PROFILE_CLASSES } from './realisticProfile.ts';
import { EXTERNAL_ID_CLASSES, ID_CLASSES, identifierArrayClasses } from './identityValueClasses.ts';
import { drawValueClasses, type ValueClass } from './ValueClass.ts';
import { schemaArbitrary } from './schemaArbitrary.ts';
import { schemaAtInstancePath } from './_internals/schemaAtInstancePath.ts';
import { stringArbitrary } from './_internals/stringArbitrary.ts';

/** A realism override for one instance location, built from what the spec says is there. */
interface Realism {
  readonly instancePath: string;
  readonly build: (schemaPointer: string, operation: CreateUserOperation) => Arbitrary<unknown>;
}

// Where faker-made realism replaces the generic generator, each drawing its declared value
// classes (`VALUE_CLASS_LOCATIONS` counts them in the reports). Adding realism is adding an entry.
const REALISM: readonly Realism[] = [
  {
    instancePath: '/identifiers',
    build: (pointer, operation) => {
      const items = schemaAtInstancePath(operation.schemaAt, pointer, '/*');
      const typeSchema =
        items === undefined ? undefined : (operation.schemaAt(items).node['properties'] as Record<string, { enum?: unknown[] }> | undefined)?.['type'];
      const types = (typeSchema?.enum ?? []).filter((t): t is string => typeof t === 'string');
      return drawValueClasses(identifierArrayClasses(realisticIdentifierArbitrary(types)));
    },
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
const SAMPLES_TO_TRUST_REALISM = 64;

/**
 * Valid `PostUserRequest` bodies: the spec's schema converted to an arbitrary, with realistic
 * identifiers and profiles where the spec allows them. A realism entry is used only if its values
 * validate against the (possibly changed) spec; otherwise the generic generator stands in, so a
 * new spec version never makes "valid" cases invalid.
 */
export function validRequestArbitrary(operation: CreateUserOperation): Arbitrary<Record<string, unknown>> {
  let arbitrary = built.get(operation);
  if (arbitrary === undefined) {
    arbitrary = buildValidRequestArbitrary(operation);
    built.set(operation, arbitrary);
  }
  return arbitrary;
}

// Built once per operation: trusting realism samples each override, and several properties
// (valid, negative, hostile) start from the same valid requests.
const built = new WeakMap<CreateUserOperation, Arbitrary<Record<string, unknown>>>();

function buildValidRequestArbitrary(operation: CreateUserOperation): Arbitrary<Record<string, unknown>> {
  const overrides = new Map<string, Arbitrary<unknown>>();
  for (const realism of REALISM) {
    const pointer = schemaAtInstancePath(operation.schemaAt, operation.request.schemaPointer, realism.instancePath);
    if (pointer === undefined) continue;
    const arbitrary = realism.build(pointer, operation);
    const validate = operation.validatorAt(pointer);
    if (fc.sample(arbitrary, { numRuns: SAMPLES_TO_TRUST_REALISM, seed: 42 }).every((v) => validate(v))) {
      overrides.set(realism.instancePath, arbitrary);
    }
  }
  return schemaArbitrary(operation.request.schemaPointer, { ...operation, overrides }) as Arbitrary<Record<string, unknown>>;
}
