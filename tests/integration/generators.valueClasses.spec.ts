import { expect, test } from '@playwright/test';
import { realisticCreates } from '../../bench/realisticCreates.ts';

// The half that needs a server; what is drawn, shrunk and freshened is in tests/unit/generators.valueClasses.spec.ts.
// `node --import tsx bench/realisticCreates.ts 10000` runs the same over 10,000 cases.
test('the emulator creates every realistic valid request (300 at a fixed seed, every class included)', async () => {
  const result = await realisticCreates(300, 2026);
  expect(result.answers, JSON.stringify(result.firstRefused)).toEqual({ 201: 300 });
});
