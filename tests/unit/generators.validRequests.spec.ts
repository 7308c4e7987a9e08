import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { freshenIdentities } from '../../generators/freshenIdentities.ts';
import { schemaArbitrary } from '../../generators/schemaArbitrary.ts';
import { validRequestArbitrary } from '../../generators/validRequestArbitrary.ts';
import { specOperation } from '../_support/specFixture.ts';

const SEEDS = [1, 2, 3, 42, 1337, -7, 2_000_000_000];

test('every generated valid request passes the spec request schema, realism and all', () => {
  const operation = specOperation();
  // A plain throw, not an expect per body: fast-check still reports the counterexample, at a fraction of the cost.
  fc.assert(
    fc.property(validRequestArbitrary(operation), (body) => {
      if (!operation.request.validate(body)) throw new Error(`invalid: ${JSON.stringify(operation.request.validate.errors)}`);
    }),
    { numRuns: 2_000, seed: 2026 },
  );
});

test('the plain schema conversion (no realism) is valid too, over many seeds', () => {
  const operation = specOperation();
  const arbitrary = schemaArbitrary(operation.request.schemaPointer, operation);
  for (const seed of SEEDS) {
    // One expect per seed, not per body: Playwright's expect costs more than the validation.
    expect(
      fc
        .sample(arbitrary, { seed, numRuns: 300 })
        .filter((body) => !operation.request.validate(body))
        .map((body) => JSON.stringify(body)),
    ).toEqual([]);
  }
});

test('freshened identities stay valid, are unique per send, and carry the run scope', () => {
  const operation = specOperation();
  const bodies = fc.sample(validRequestArbitrary(operation), { seed: 9, numRuns: 500 });
  const seen = new Set<string>();
  // What went wrong, collected: one expect at the end (Playwright's expect costs more than the checks).
  const wrong: string[] = [];
  bodies.forEach((template, sequence) => {
    const { body, fresh } = freshenIdentities(template, 'rtest01w0', sequence);
    if (!fresh) wrong.push(`not fresh: ${JSON.stringify(template)}`);
    if (!operation.request.validate(body)) wrong.push(`invalid: ${JSON.stringify(body)}`);
    const { identifiers = [], external_id: externalId } = body as { identifiers?: Array<{ value: string }>; external_id?: string };
    for (const identity of [...identifiers.map((i) => i.value.toLowerCase()), ...(externalId ? [externalId] : [])]) {
      if (seen.has(identity)) wrong.push(`seen twice: ${identity}`);
      seen.add(identity);
    }
    if (externalId !== undefined && !externalId.startsWith('rtest01w0x')) wrong.push(`outside the run scope: ${externalId}`);
  });
  expect(wrong).toEqual([]);
});

test('the same seed yields the same requests (faker included): seeds replay', () => {
  const operation = specOperation();
  const a = fc.sample(validRequestArbitrary(operation), { seed: 77, numRuns: 50 });
  const b = fc.sample(validRequestArbitrary(operation), { seed: 77, numRuns: 50 });
  expect(JSON.stringify(a)).toBe(JSON.stringify(b));
});

test('realistic identifiers are E.164 phones and emails at reserved domains (RFC 2606), subdomains included', () => {
  const operation = specOperation();
  const identifiers = fc
    .sample(validRequestArbitrary(operation), { seed: 5, numRuns: 400 })
    .flatMap((b) => b['identifiers'] as Array<{ type: string; value: string }>);
  expect(identifiers.length).toBeGreaterThan(100);
  const shape = (type: string) => (type === 'phone_number' ? /^\+[1-9]\d{7,14}$/ : /^[^@\s]+@([a-z0-9-]+\.)*(example\.(com|org|net)|test|example)$/);
  // One expect for all of them: Playwright's expect costs more than the checks.
  expect(identifiers.filter(({ type, value }) => !shape(type).test(value))).toEqual([]);
});
