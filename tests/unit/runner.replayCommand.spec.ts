import { expect, test } from '@playwright/test';
import { SETTINGS } from '../../config/settings.ts';
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

test('from the installed package, the replay line is the package command with the run flags (there is no playwright.config.ts there)', () => {
  const line = replayCommand({ ...ENV, CONFORMANCE_TOKEN_ENV: 'STAGING_TOKEN', CONFORMANCE_HEADERS: 'X-A: 1\nX-B: $KEY' }, 7, '0:1', 'valid requests', false);
  expect(line).toBe(
    "npx create-user-conformance run --base-url 'http://127.0.0.1:4010' --spec '/specs/new.yaml' --profile '/p/profile.json' --app-id 'app1' " +
      "--exactly-once-n '3' --token-env 'STAGING_TOKEN' --header 'X-A: 1' --header 'X-B: $KEY' --seed 7 --replay-path 0:1 -- -g 'valid requests'",
  );
});

test('every replayed setting has a flag, so the package replay line carries each one', () => {
  for (const s of SETTINGS.filter((s) => s.replayed)) expect(s.flag, s.key).toBeDefined();
});
