import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { DEFAULT_PROFILE } from '../../config/profile.ts';
import { burstScenarioArbitrary } from '../../generators/burstScenarioArbitrary.ts';
import { conflictScenarioArbitrary } from '../../generators/conflictScenarioArbitrary.ts';
import { IDENTITY_COMPOSITIONS } from '../../generators/identityCompositions.ts';
import { identityPartsOf } from '../../spec/identityParts.ts';
import { modelStepArbitrary } from '../../generators/modelStepArbitrary.ts';
import { planReuse } from '../../generators/planReuse.ts';
import { createdCase } from '../../generators/createdCase.ts';
import { specOperation } from '../_support/specFixture.ts';

const SEED = 2026;
const key = (parts: readonly string[]) => (parts.length === 0 ? 'none' : [...parts].sort().join('+'));
const ALL = IDENTITY_COMPOSITIONS.map(key);

test('the compositions are every subset of the identity parts: none, each alone, any two, all three', () => {
  expect(ALL).toEqual(['none', 'identifier', 'external_id', 'id', 'external_id+identifier', 'id+identifier', 'external_id+id', 'external_id+id+identifier']);
});

test('exactly-once bursts carry every composition within 120 scenarios (seed 2026); an identity-less burst expects a user per copy', () => {
  const bursts = fc.sample(burstScenarioArbitrary(specOperation(), DEFAULT_PROFILE, 4), { seed: SEED, numRuns: 120 });
  const seen = new Set(bursts.map((s) => key(identityPartsOf(s.steps[0]!.template.body))));
  expect([...seen].sort()).toEqual([...ALL].sort());
  for (const {
    steps: [step],
  } of bursts) {
    const none = identityPartsOf(step!.template.body).length === 0;
    expect(step!.template.expectation.kind).toBe(none ? 'created' : 'concurrent_duplicate');
  }
});

test('conflict scenarios reuse every non-empty composition, a UUID in the other case, and send an identity-less create, within 200 scenarios (seed 2026)', () => {
  const scenarios = fc.sample(conflictScenarioArbitrary(specOperation(), DEFAULT_PROFILE), { seed: SEED, numRuns: 200 });
  const reused = new Set<string>();
  const families = new Set<string>();
  for (const { steps } of scenarios) {
    const second = steps[1]!;
    families.add(second.template.family);
    if (second.kind === 'reuse' && Array.isArray(second.reuse.parts)) reused.add(key(second.reuse.parts as readonly string[]));
  }
  expect([...reused].sort()).toEqual(ALL.filter((k) => k !== 'none').sort());
  expect(families).toEqual(
    new Set([
      'conflict/identifier',
      'conflict/email-case',
      'conflict/external_id',
      'conflict/id',
      'conflict/id-case',
      'conflict/several',
      'conflict/no-identity',
    ]),
  );
});

test('model-based runs create every composition and reuse every non-empty one, within 300 steps (seed 2026)', () => {
  const steps = fc.sample(modelStepArbitrary(specOperation(), DEFAULT_PROFILE, ['unknown']), { seed: SEED, numRuns: 300 });
  const created = new Set(steps.filter((s) => s.template.family === 'model/create').map((s) => key(identityPartsOf(s.template.body))));
  const reused = new Set(steps.flatMap((s) => (s.kind === 'reuse' && Array.isArray(s.reuse.parts) ? [key(s.reuse.parts as readonly string[])] : [])));
  expect([...created].sort()).toEqual([...ALL].sort());
  expect([...reused].sort()).toEqual(ALL.filter((k) => k !== 'none').sort());
});

test('the model predicts a conflict for an id reused in the other case, with the id codes and no profile assumption', () => {
  const id = '550e8400-e29b-41d4-a716-446655440000';
  const source = {
    body: { identifiers: [], id },
    expectation: { kind: 'created' as const },
    family: 'model/create',
    created: true,
    refusedWith: undefined,
    staleParts: [],
  };
  const plan = planReuse(
    createdCase('model/reuse-id', { identifiers: [] }),
    source,
    { parts: ['id'], identifierIndex: 0, changeEmailCase: false, changeIdCase: true },
    DEFAULT_PROFILE,
  );
  expect(plan.testCase.expectation).toEqual({ kind: 'conflict', codes: DEFAULT_PROFILE.duplicateIdCodes });
  expect((plan.overlay({ identifiers: [] }) as { id: string }).id).toBe(id.toUpperCase());
  expect(plan.reused).toEqual(['id (UUID case changed)']);
});

test('a create reusing nothing of an identity-less user is predicted to create', () => {
  const source = {
    body: { identifiers: [] },
    expectation: { kind: 'created' as const },
    family: 'model/create',
    created: true,
    refusedWith: undefined,
    staleParts: [],
  };
  const plan = planReuse(
    createdCase('model/reuse-identifier', { identifiers: [] }),
    source,
    { parts: ['identifier', 'external_id', 'id'], identifierIndex: 0, changeEmailCase: false },
    DEFAULT_PROFILE,
  );
  expect(plan.testCase.expectation).toEqual({ kind: 'created' });
});
