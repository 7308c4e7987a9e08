import { expect, test } from '@playwright/test';
import { DEFAULT_PROFILE } from '../../config/profile.ts';
import { createdCase } from '../../generators/createdCase.ts';
import { freeIdentityParts } from '../../generators/freeIdentityParts.ts';
import { planReuse } from '../../generators/planReuse.ts';
import { specOperation } from '../_support/specFixture.ts';

const PHONE = { type: 'phone_number', value: '+4790000001' };
const EMAIL = { type: 'email_address', value: 'ann.smith@example.com' };
const ID = '0190a4b8-5c3e-7d2f-9a1b-2c3d4e5f6a7b';

test('free parts: each valid on its own, the invalid ones of an invalid request left out', () => {
  const refused = { identifiers: [PHONE, { type: 'phone_number', value: 'not a phone' }], external_id: 'x'.repeat(129), id: ID };
  expect(freeIdentityParts(refused, [], specOperation(), DEFAULT_PROFILE, 0)).toEqual({ identifiers: [PHONE], id: ID });
});

test('free parts: what a created user holds is left out, under any legitimate comparison (emails, external ids and UUIDs in any case)', () => {
  const refused = { identifiers: [EMAIL, PHONE], external_id: 'Customer-42-abcdefghijkl', id: ID };
  const owned = [{ identifiers: [{ ...EMAIL, value: EMAIL.value.toUpperCase() }], external_id: 'customer-42-ABCDEFGHIJKL', id: ID.toUpperCase() }];
  expect(freeIdentityParts(refused, owned, specOperation(), DEFAULT_PROFILE, 0)).toEqual({ identifiers: [PHONE] });
});

test('free parts: no more identifiers than the profile says are always accepted, starting at the drawn index', () => {
  const refused = { identifiers: [PHONE, EMAIL] };
  expect(freeIdentityParts(refused, [], specOperation(), DEFAULT_PROFILE, 1).identifiers).toEqual([EMAIL]);
  expect(freeIdentityParts(refused, [], specOperation(), { ...DEFAULT_PROFILE, identifierLimitAtLeast: 2 }, 1).identifiers).toEqual([EMAIL, PHONE]);
});

test("re-sending a refused request's free parts is predicted to create, and says what was refused; a source that got no answer proves nothing", () => {
  const source = {
    body: { identifiers: [PHONE], external_id: 'e'.repeat(200) },
    expectation: { kind: 'unauthenticated' as const },
    family: 'negative/length',
    staleParts: [],
  };
  const reuse = { parts: 'free' as const, identifierIndex: 0, changeEmailCase: false };
  const free = { operation: specOperation(), owned: [] };
  const refused = planReuse(
    createdCase('negative/length/then-free-parts', { identifiers: [] }),
    { ...source, created: false, refusedWith: '400 invalid_request' },
    reuse,
    DEFAULT_PROFILE,
    free,
  );
  expect(refused.testCase.expectation).toEqual({
    kind: 'created',
    provesNoEffectOf: { answer: '400 invalid_request', family: 'negative/length', reused: 'identifier' },
  });
  expect(refused.overlay({ identifiers: [] })).toEqual({ identifiers: [PHONE] });
  const unanswered = planReuse(createdCase('x', { identifiers: [] }), { ...source, created: false, refusedWith: undefined }, reuse, DEFAULT_PROFILE, free);
  expect(unanswered.testCase.expectation).toEqual({ kind: 'created' });
  expect(unanswered.testCase.freshIdentities).toBe(false);
});

test('what freshening could not make unique to a refused request (an external_id too short for the token) is not free: it may be held from before', () => {
  const source = {
    body: { identifiers: [PHONE], external_id: 'crm-000042' },
    expectation: { kind: 'rejected' as const, status: 400, codes: [], rule: '' },
    family: 'boundary/identifier-count',
  };
  const plan = planReuse(
    createdCase('boundary/identifier-count/then-free-parts', { identifiers: [] }),
    { ...source, created: false, refusedWith: '400 too_many_user_identifiers', staleParts: ['external_id'] },
    { parts: 'free', identifierIndex: 0, changeEmailCase: false },
    DEFAULT_PROFILE,
    { operation: specOperation(), owned: [] },
  );
  expect(plan.reused).toEqual(['identifier']);
});
