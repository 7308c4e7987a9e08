import { expect, test } from '@playwright/test';
import { chmodSync, copyFileSync } from 'node:fs';
import fc from 'fast-check';
import { DEFAULT_PROFILE } from '../../config/profile.ts';
import { mutationCatalogue } from '../../generators/mutationCatalogue.ts';
import { negativeCaseArbitrary } from '../../generators/negativeCaseArbitrary.ts';
import { validRequestArbitrary } from '../../generators/validRequestArbitrary.ts';
import { DEFAULT_SPEC_PATH } from '../../spec/defaultSpecPath.ts';
import { loadCreateUserOperation } from '../../spec/loadCreateUserOperation.ts';
import { readSpecDocument } from '../../spec/readSpecDocument.ts';
import { entryPath, readCacheEntry } from '../../spec/_internals/compiledSpecCache.ts';
import { scratchDir } from '../_support/scratchDir.ts';
import { specValidators } from '../../spec/_internals/specValidators.ts';

// A process takes the validators an earlier one compiled from the same spec (Ajv's standalone
// code): they must judge every value exactly as freshly compiled ones do, errors included, since
// the checks print those errors.
test('validators taken from the cache give the answers and errors of freshly compiled ones, on valid and invalid bodies and on error answers', () => {
  const operation = loadCreateUserOperation(DEFAULT_SPEC_PATH);
  const spec = readSpecDocument(DEFAULT_SPEC_PATH);
  const cached = readCacheEntry(spec.sha256);
  expect(cached, 'loading the operation keeps an entry for the next process').toBeDefined();
  expect(cached!.document).toEqual(spec.document);
  const fresh = specValidators(
    readSpecDocument(DEFAULT_SPEC_PATH, () => undefined),
    undefined,
  );

  const bodies = [
    ...fc.sample(validRequestArbitrary(operation), { seed: 7, numRuns: 60 }),
    ...fc.sample(negativeCaseArbitrary(operation, mutationCatalogue(operation, DEFAULT_PROFILE)), { seed: 7, numRuns: 120 }).map((c) => c.body),
  ];
  const answers = [
    { id: 'usr_01h2xcejqtf2nbrexx3vqjhp41' },
    { code: 'invalid_request', status: 'bad_request', message: 'm' },
    { code: 'conflict', message: 'm' },
    { code: 42 },
    null,
    'text',
  ];
  expect(cached!.validators.size).toBeGreaterThanOrEqual(2);
  const differences: string[] = [];
  for (const [pointer, fromCache] of cached!.validators) {
    const compiled = fresh.validatorAt(pointer);
    for (const value of [...bodies, ...answers]) {
      const judged = [fromCache(value), fromCache.errors ?? null];
      if (JSON.stringify(judged) !== JSON.stringify([compiled(value), compiled.errors ?? null])) differences.push(`${pointer}: ${JSON.stringify(value)}`);
    }
  }
  expect(differences).toEqual([]);
});

// An entry is code the process runs, in a folder of the shared temporary folder: one that another
// account could have written is never run (the process compiles the spec itself instead).
// On a copy of the entry in a folder of the test's own: the real cache folder is shared by every
// process of the machine, and making it world-writable, even for a moment, made a reader running
// at the same time (another test, another run) see no entry.
test('an entry in a cache folder others may write to is not read', () => {
  loadCreateUserOperation(DEFAULT_SPEC_PATH);
  const { sha256 } = readSpecDocument(DEFAULT_SPEC_PATH);
  const own = scratchDir('cache');
  chmodSync(own, 0o700);
  copyFileSync(entryPath(sha256), entryPath(sha256, own));
  expect(readCacheEntry(sha256, own)).toBeDefined();
  chmodSync(own, 0o777);
  expect(readCacheEntry(sha256, own)).toBeUndefined();
  chmodSync(own, 0o700);
  expect(readCacheEntry(sha256, own)).toBeDefined();
});
