import { expect, test } from '@playwright/test';
import type { CheckInput } from '../../checks/Check.ts';
import { differential } from '../../checks/differential.ts';
import { runChecks } from '../../checks/runChecks.ts';
import { sdkFidelity } from '../../checks/sdkFidelity.ts';
import { checkInput, VALID_CASE } from '../_support/fakeExchange.ts';
import { compared, resolved, threw, throughSdk, wire } from '../_support/fidelityExchanges.ts';

const CREATED = { id: 'usr_01jqebhswje1ka1z7ahr9rfsgt' };
const IN_USE = { code: 'already_in_use', status: 'conflict', message: 'The identifier is already in use by another user.' };
const DISABLED = { code: 'session_disabled', status: 'forbidden', message: 'm' };
const INVALID = { code: 'invalid_request', status: 'bad_request', message: 'm' };
const findings = (input: CheckInput, check: string) =>
  runChecks(input, [check === 'sdk_fidelity' ? sdkFidelity : differential]).findings.map((f) => `${f.check}:${f.severity}`);

// Each row: an SDK call (surfaced vs sent) and exactly the sdk_fidelity findings it must produce.
const SDK_ROWS: ReadonlyArray<{ name: string; input: () => CheckInput; expected: string[] }> = [
  { name: '201 returned as sent, one request', input: () => throughSdk(resolved(201, CREATED), wire([201, CREATED])), expected: [] },
  {
    name: '201 returned with another body',
    input: () => throughSdk(resolved(201, { id: 'usr_other' }), wire([201, CREATED])),
    expected: ['sdk_fidelity:error'],
  },
  { name: '201 surfaced as an error', input: () => throughSdk(threw('APIError', 201, CREATED), wire([201, CREATED])), expected: ['sdk_fidelity:error'] },
  { name: '400 as BadRequestError, body intact', input: () => throughSdk(threw('BadRequestError', 400, INVALID), wire([400, INVALID])), expected: [] },
  { name: '400 as a plain APIError', input: () => throughSdk(threw('APIError', 400, INVALID), wire([400, INVALID])), expected: ['sdk_fidelity:error'] },
  { name: '403 as PermissionDeniedError', input: () => throughSdk(threw('PermissionDeniedError', 403, DISABLED), wire([403, DISABLED])), expected: [] },
  {
    name: '403 with the body lost',
    input: () => throughSdk(threw('PermissionDeniedError', 403, undefined), wire([403, DISABLED])),
    expected: ['sdk_fidelity:error'],
  },
  {
    name: '404 surfaced with another status',
    input: () => throughSdk(threw('NotFoundError', 400, INVALID), wire([404, INVALID])),
    expected: ['sdk_fidelity:error'],
  },
  {
    name: '401 as AuthenticationError',
    input: () => throughSdk(threw('AuthenticationError', 401, { code: 'invalid_api_token' }), wire([401, { code: 'invalid_api_token' }])),
    expected: [],
  },
  { name: 'a 409 resolved as success', input: () => throughSdk(resolved(409, IN_USE), wire([409, IN_USE])), expected: ['sdk_fidelity:error'] },
  { name: '409 as ConflictError after one request', input: () => throughSdk(threw('ConflictError', 409, IN_USE), wire([409, IN_USE])), expected: [] },
  {
    name: '409 re-sent twice (the SDK default): waste',
    input: () => throughSdk(threw('ConflictError', 409, IN_USE), wire([409, IN_USE], [409, IN_USE], [409, IN_USE])),
    expected: ['sdk_fidelity:warning'],
  },
  {
    name: 'a create re-sent after a 5xx: may create twice',
    input: () => throughSdk(threw('ConflictError', 409, IN_USE), wire([503, { code: 'x' }], [409, IN_USE])),
    expected: ['sdk_fidelity:error'],
  },
  {
    name: 'a create re-sent after no answer',
    input: () => throughSdk(resolved(201, CREATED), wire(undefined, [201, CREATED])),
    expected: ['sdk_fidelity:error'],
  },
  {
    name: 'no answer surfaced as a connection error',
    input: () => throughSdk(threw('APIConnectionError', undefined, undefined), wire(undefined)),
    expected: [],
  },
  { name: 'a surfaced answer the server never sent', input: () => throughSdk(resolved(201, CREATED), []), expected: ['sdk_fidelity:error'] },
];

for (const row of SDK_ROWS) {
  test(`sdk_fidelity: ${row.name}`, () => {
    expect(findings(row.input(), 'sdk_fidelity')).toEqual(row.expected);
  });
}

test('sdk_fidelity applies only to exchanges sent through the SDK', () => {
  expect(runChecks(checkInput(201, CREATED), [sdkFidelity]).applied).toEqual([]);
});

const DIFFERENTIAL_ROWS: ReadonlyArray<{ name: string; input: () => CheckInput; expected: string[] }> = [
  { name: 'both 201 (different ids)', input: () => compared([[201, CREATED]], [[201, { id: 'usr_01m8f3xk0mexvvfk1g8951ytrp' }]]), expected: [] },
  { name: '201 against 409', input: () => compared([[201, CREATED]], [[409, IN_USE]]), expected: ['differential:error'] },
  {
    name: 'same status, another code',
    input: () => compared([[409, { ...IN_USE, code: 'external_id_already_in_use' }]], [[409, IN_USE]]),
    expected: ['differential:error'],
  },
  {
    name: 'same status and code, one body off its schema',
    input: () => compared([[409, { code: 'already_in_use', status: 'conflict' }]], [[409, IN_USE]]),
    expected: ['differential:error'],
  },
  { name: 'messages differ: the spec does not fix them', input: () => compared([[409, { ...IN_USE, message: 'taken' }]], [[409, IN_USE]]), expected: [] },
  {
    name: 'a burst in another order',
    input: () =>
      compared(
        [
          [409, IN_USE],
          [201, CREATED],
        ],
        [
          [201, CREATED],
          [409, IN_USE],
        ],
      ),
    expected: [],
  },
  {
    name: 'a burst with two winners',
    input: () =>
      compared(
        [
          [201, CREATED],
          [201, CREATED],
        ],
        [
          [201, CREATED],
          [409, IN_USE],
        ],
      ),
    expected: ['differential:error'],
  },
  { name: 'the reference had no such step', input: () => compared([[201, CREATED]], []), expected: ['differential:error'] },
  {
    name: 'bad credentials: 401 against 403 (no status fixed)',
    input: () => compared([[401, { code: 'a' }]], [[403, { code: 'b' }]], { ...VALID_CASE, expectation: { kind: 'unauthenticated' } }),
    expected: [],
  },
  {
    name: 'bad credentials: refused against created',
    input: () => compared([[401, { code: 'a' }]], [[201, CREATED]], { ...VALID_CASE, expectation: { kind: 'unauthenticated' } }),
    expected: ['differential:error'],
  },
];

for (const row of DIFFERENTIAL_ROWS) {
  test(`differential: ${row.name}`, () => {
    expect(findings(row.input(), 'differential')).toEqual(row.expected);
  });
}

test('differential names both answers by status, code and schema branch', () => {
  const [finding] = runChecks(compared([[201, CREATED]], [[409, IN_USE]]), [differential]).findings;
  expect(finding?.message).toBe(
    'the target and the reference differ: the target answered 201 [PostUserResponse], the reference 409 already_in_use [AlreadyInUseError].',
  );
});
