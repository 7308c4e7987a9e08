import { expect, test } from '@playwright/test';
import { replayCommand } from '../../runner/replayCommand.ts';

const ENV = {
  PRELUDE_BASE_URL: 'http://127.0.0.1:4010',
  CONFORMANCE_SPEC: '/specs/new.yaml',
  CONFORMANCE_PROFILE: '/p/profile.json',
  PRELUDE_APP_ID: 'app1',
  CONFORMANCE_EXACTLY_ONCE_N: '3',
};

test('the replay line sets every non-secret variable of the run, the spec and profile included', () => {
  expect(replayCommand(ENV, 7, '0:1', "valid requests (it's fresh)", true)).toBe(
    "PRELUDE_BASE_URL='http://127.0.0.1:4010' CONFORMANCE_SPEC='/specs/new.yaml' CONFORMANCE_PROFILE='/p/profile.json' PRELUDE_APP_ID='app1' CONFORMANCE_EXACTLY_ONCE_N='3' " +
      "CONFORMANCE_SEED=7 CONFORMANCE_REPLAY_PATH=0:1 npx playwright test -c playwright.config.ts -g 'valid requests \\(it'\\''s fresh\\)'",
  );
});

test('from the installed package, the replay line uses the package command (there is no playwright.config.ts there)', () => {
  const line = replayCommand(ENV, 7, '0:1', 'valid requests', false);
  expect(line).toMatch(/CONFORMANCE_SEED=7 CONFORMANCE_REPLAY_PATH=0:1 npx create-user-conformance run -- -g 'valid requests'$/);
  expect(line).not.toContain('playwright.config.ts');
});
