import { expect, test } from '@playwright/test';
import { closestName } from '../../config/closestName.ts';
import { parseReportConfig } from '../../config/reportConfig.ts';
import { FLAG_SETTINGS, KNOWN_VARIABLES } from '../../config/settings.ts';
import { parseSuiteConfig } from '../../config/suiteConfig.ts';
import { invalidValue, unknownVariables } from '../../config/variableProblems.ts';

test('a misspelled CONFORMANCE_* or PRELUDE_* variable is a configuration error with a did-you-mean', () => {
  expect(() => parseSuiteConfig({ CONFORMANCE_RUN: '10' })).toThrow('unknown variable CONFORMANCE_RUN; did you mean CONFORMANCE_RUNS?');
  expect(() => parseSuiteConfig({ CONFORMANCE_SEEED: '5' })).toThrow('unknown variable CONFORMANCE_SEEED; did you mean CONFORMANCE_SEED?');
  expect(() => parseSuiteConfig({ PRELUDE_DISABLED_APP: 'x' })).toThrow('did you mean PRELUDE_DISABLED_APP_ID?');
  expect(unknownVariables({ PRELUDE_SOMETHING_ELSE_ENTIRELY: '1' })).toEqual([
    'unknown variable PRELUDE_SOMETHING_ELSE_ENTIRELY; the suite reads none of that name (see docs/configuration.md).',
  ]);
});

test('a misspelled variable read from .env says so', () => {
  expect(unknownVariables({ CONFORMANCE_RUN: '10' }, new Map([['CONFORMANCE_RUN', { kind: '.env' as const }]]))).toEqual([
    'unknown variable CONFORMANCE_RUN (in .env); did you mean CONFORMANCE_RUNS?',
  ]);
});

test('every variable the suite sets for its own processes, and every flag variable, is known', () => {
  // The run identity shared with the workers, and the embedded emulator's URL the runner hands them.
  for (const internal of ['CONFORMANCE_RUN_ID', 'CONFORMANCE_EMULATOR_URL']) expect(KNOWN_VARIABLES).toContain(internal);
  for (const flag of FLAG_SETTINGS) expect(KNOWN_VARIABLES).toContain(flag.variable);
  expect(() =>
    parseSuiteConfig({
      CONFORMANCE_RUN_ID: 'rx',
      CONFORMANCE_EMULATOR_URL: 'http://127.0.0.1:1',
      CONFORMANCE_SEED: '3',
      API_TOKEN: 't',
      OTHER_TOOL_SETTING: '1',
    }),
  ).not.toThrow();
});

test('a bad value is described under the name that set it: the variable, or the flag', () => {
  expect(invalidValue('CONFORMANCE_RUNS', 'abc')).toBe('CONFORMANCE_RUNS="abc" is not valid: expected a whole number from 1 to 1000000.');
  expect(invalidValue('CONFORMANCE_RUNS', 'abc', { kind: 'flag', flag: 'runs' })).toBe('--runs "abc" is not valid: expected a whole number from 1 to 1000000.');
  expect(invalidValue('CONFORMANCE_RUNS', ' ')).toContain('is not valid');
  expect(invalidValue('CONFORMANCE_TRANSPORT', 'curl', { kind: 'flag', flag: 'transport' })).toBe(
    '--transport "curl" is not valid: expected one of fetch, sdk.',
  );
  expect(invalidValue('CONFORMANCE_RUNS', '12')).toBeUndefined();
  expect(() => parseSuiteConfig({ CONFORMANCE_RUNS: 'many' })).toThrow('CONFORMANCE_RUNS="many" is not valid');
  expect(() => parseSuiteConfig({ CONFORMANCE_TRANSPORT: 'grpc' })).toThrow('CONFORMANCE_TRANSPORT="grpc" is not valid: expected one of fetch, sdk.');
  // A rejected URL may carry credentials: it is never repeated.
  expect(invalidValue('PRELUDE_BASE_URL', 'https://user:secret@x.example', { kind: 'flag', flag: 'base-url' })).toBe(
    '--base-url must not embed credentials; put the token in API_TOKEN (or the variable --token-env names).',
  );
});

test('closestName proposes only near names', () => {
  expect(closestName('CONFORMANCE_RPSS', KNOWN_VARIABLES)).toBe('CONFORMANCE_RPS');
  expect(closestName('PRELUDE_X', KNOWN_VARIABLES)).toBeUndefined();
});

test("a replay (a replay path set) writes its reports to reports/replay unless told otherwise: the full run's stay", () => {
  expect(parseReportConfig({ CONFORMANCE_REPLAY_PATH: '0:1' }).reportDir).toMatch(/\/reports\/replay$/);
  expect(parseReportConfig({}).reportDir).toMatch(/\/reports$/);
  expect(parseReportConfig({ CONFORMANCE_REPLAY_PATH: '0:1', CONFORMANCE_REPORT_DIR: '/tmp/x' }).reportDir).toBe('/tmp/x');
});

test('an external target without a token is a configuration error naming API_TOKEN', () => {
  expect(() => parseSuiteConfig({ PRELUDE_BASE_URL: 'http://127.0.0.1:9', PRELUDE_APP_ID: 'app' })).toThrow('API_TOKEN is not set');
});

test('two neighbouring letters swapped count as one typo', () => {
  expect(closestName('rusn', ['runs', 'rps', 'seed'])).toBe('runs');
  expect(closestName('CONFORMANCE_SEDE', KNOWN_VARIABLES)).toBe('CONFORMANCE_SEED');
});
