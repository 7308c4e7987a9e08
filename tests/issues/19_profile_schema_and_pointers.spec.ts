import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PROFILE, loadProfile } from '../../config/profile.ts';
import { getAtPointer } from '../../spec/jsonPointer.ts';
import { scratchDir } from '../_support/scratchDir.ts';

// Issue 19: the profile was validated by hand (it accepted identifierLimitAtLeast -1 or 1.5), and
// plain JSON pointers were URI-decoded as if they were URI fragments.
const profileFile = (settings: unknown) => {
  const path = join(scratchDir('profile'), 'profile.json');
  writeFileSync(path, JSON.stringify(settings));
  return path;
};

test('the profile is validated against the published profile.schema.json: one line per problem, naming the setting', () => {
  expect(() => loadProfile(profileFile({ identifierLimitAtLeast: -1 }))).toThrow('"identifierLimitAtLeast" must be >= 0.');
  expect(() => loadProfile(profileFile({ identifierLimitAtLeast: 1.5 }))).toThrow('"identifierLimitAtLeast" must be integer.');
  expect(() => loadProfile(profileFile({ identifierLimitAtleast: 2 }))).toThrow(
    'unknown setting "identifierLimitAtleast"; did you mean "identifierLimitAtLeast"?',
  );
  let message = '';
  try {
    loadProfile(profileFile({ responseTimeBudgetMs: 0, userIdPrefix: 7 }));
  } catch (error) {
    message = (error as Error).message;
  }
  expect(message.split('\n')).toHaveLength(2);
  // `$schema` names the schema for editors, and is no setting.
  expect(loadProfile(profileFile({ $schema: './node_modules/create-user-conformance/dist/config/profile.schema.json', strictRequestParsing: true }))).toEqual({
    ...DEFAULT_PROFILE,
    strictRequestParsing: true,
  });
});

test('the schema describes every setting of the default profile, and nothing else', () => {
  const schema = JSON.parse(readFileSync(new URL('../../config/profile.schema.json', import.meta.url), 'utf8')) as { properties: Record<string, unknown> };
  expect(
    Object.keys(schema.properties)
      .filter((k) => k !== '$schema')
      .sort(),
  ).toEqual(Object.keys(DEFAULT_PROFILE).sort());
});

test('a plain JSON pointer is not URI-decoded; a URI fragment is', () => {
  const document = { 'a%25b': 1, 'a%b': 2 };
  expect(getAtPointer(document, '/a%25b')).toBe(1);
  expect(getAtPointer(document, '#/a%25b')).toBe(2);
});
