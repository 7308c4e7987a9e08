import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { DEFAULT_PROFILE } from '../../config/profile.ts';
import { boundaryCases } from '../../generators/boundaryCases.ts';
import { caseContent } from '../../generators/caseContent.ts';
import { freshenIdentities } from '../../generators/freshenIdentities.ts';
import { hostileCaseArbitrary, hostileTargets } from '../../generators/hostileCaseArbitrary.ts';
import { instancePathText } from '../../generators/_internals/schemaLocations.ts';
import { methodCases } from '../../generators/methodCases.ts';
import { requestViolation } from '../../spec/requestViolation.ts';
import { specOperation } from '../_support/specFixture.ts';

const codePoints = (value: unknown) => (typeof value === 'string' ? [...value].length : undefined);

test('boundary phase: lengths 0, 1, max-1, max, max+1 (and astral max, max+1) of external_id, judged by the spec', () => {
  const operation = specOperation();
  const cases = boundaryCases(operation, DEFAULT_PROFILE).filter((c) => c.family === 'boundary/length');
  const summary = cases.map((c) => {
    const externalId = (c.body as { external_id: string }).external_id;
    return `${codePoints(externalId)}${/^x*$/.test(externalId) ? '' : ' astral'} ${c.expectation.kind}`;
  });
  expect(summary).toEqual(['0 created', '1 created', '127 created', '128 created', '129 rejected', '128 astral created', '129 astral rejected']);
  const tooLong = cases.find((c) => c.expectation.kind === 'rejected')!;
  expect(tooLong.expectation).toMatchObject({ status: 400, codes: ['invalid_request'], rule: operation.request.schemaPointer });
});

test('boundary phase: required-only and all-properties bodies, empty and single-item arrays, every enum value, the spec examples', () => {
  const operation = specOperation();
  const cases = boundaryCases(operation, DEFAULT_PROFILE);
  const bodies = cases.map((c) => c.body as { identifiers?: Array<{ type: string }> });
  expect(bodies).toContainEqual({ identifiers: [{ type: 'phone_number', value: '+306912345678' }] });
  expect(bodies).toContainEqual(
    expect.objectContaining({
      identifiers: [],
      profile: { first_name: 'John', last_name: 'Doe' },
      id: '550e8400-e29b-41d4-a716-446655440000',
      external_id: 'customer-user-42',
    }),
  );
  expect(bodies).toContainEqual(expect.objectContaining({ identifiers: [{ type: 'email_address', value: 'test@example.com' }] }));
  expect(bodies).toContainEqual(expect.objectContaining({ profile: {} }));
  expect(cases.some((c) => c.headers?.['content-type'] === 'application/json; charset=utf-8')).toBe(true);
  const types = new Set(bodies.flatMap((b) => (b.identifiers ?? []).map((i) => i.type)));
  expect([...types].sort()).toEqual(['email_address', 'phone_number']);
  const expectedWrongly = cases.filter((c) => (requestViolation(operation, caseContent(c)) === undefined ? 'created' : 'rejected') !== c.expectation.kind);
  expect(expectedWrongly.map((c) => `${c.expectation.kind}: ${JSON.stringify(c.body)}`)).toEqual([]);
  expect(cases.length).toBe(new Set(cases.map((c) => JSON.stringify([c.body, c.headers]))).size);
});

test('boundary phase: freshening keeps exact lengths, and marks identities too short to carry even the compact token as not fresh', () => {
  const operation = specOperation();
  // What went wrong, collected: one expect at the end (Playwright's expect costs more than the checks).
  const wrong: string[] = [];
  boundaryCases(operation, DEFAULT_PROFILE).forEach((testCase, sequence) => {
    const { body, fresh } = freshenIdentities(testCase.body, 'r0123abcdw1', sequence);
    const before = (testCase.body as { external_id?: string }).external_id;
    const after = (body as { external_id?: string }).external_id;
    if (codePoints(after) !== codePoints(before)) wrong.push(`external_id of ${codePoints(before)} became ${codePoints(after)}`);
    // The compact token and its dash take 11 code points; one more keeps a character of the value.
    if (before !== undefined && fresh !== codePoints(before)! >= 12) wrong.push(`external_id of ${codePoints(before)}: fresh ${fresh}`);
    const validBefore = requestViolation(operation, caseContent(testCase)) === undefined;
    if ((requestViolation(operation, caseContent({ ...testCase, body })) === undefined) !== validBefore)
      wrong.push(`validity changed: ${JSON.stringify(body)}`);
  });
  expect(wrong).toEqual([]);
});

test('hostile strings go where the spec allows any string, are valid, and survive identity freshening', () => {
  const operation = specOperation();
  expect(hostileTargets(operation, DEFAULT_PROFILE).map((t) => instancePathText(t.path))).toEqual(['/profile', '/profile/*', '/external_id']);
  const cases = fc.sample(hostileCaseArbitrary(operation, DEFAULT_PROFILE), { seed: 11, numRuns: 300 });
  const invalid = cases.filter((c) => requestViolation(operation, caseContent(c)) !== undefined);
  expect(invalid).toEqual([]);
  const serialized = cases.map((c) => JSON.stringify(c.body)).join('\n');
  for (const marker of ['\\u0000', 'DROP TABLE', '\u202E', '\u200B', '\u{1F600}', '__proto__']) expect(serialized).toContain(marker);
  const withNul = cases.find((c) => ((c.body as { external_id?: string }).external_id ?? '').endsWith('\u0000after'))!;
  expect(withNul, 'a hostile external_id').toBeDefined();
  const fresh = freshenIdentities(withNul.body, 'r0123abcdw1', 7).body as { external_id: string };
  expect(fresh.external_id.endsWith('before\u0000after')).toBe(true);
});

test('methods: every method the spec does not document on the path, each with a valid body', () => {
  const cases = methodCases(specOperation());
  expect(cases.map((c) => c.method)).toEqual(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
  for (const c of cases) expect(c.expectation).toEqual({ kind: 'method_not_allowed', allowed: ['POST'] });
});
