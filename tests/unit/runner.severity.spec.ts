import { expect, test } from '@playwright/test';
import { allChecks } from '../../checks/allChecks.ts';
import type { CheckInput } from '../../checks/Check.ts';
import { ConfigError } from '../../config/ConfigError.ts';
import { runSelection } from '../../runner/runSelection.ts';

const ALL = { checks: undefined, excludedChecks: [], phases: undefined };
const judge = (id: string, levels: Parameters<typeof runSelection>[2]) => runSelection(ALL, [], levels).checks.find((c) => c.id === id);

test('a check set to off does not judge, and the change is listed', () => {
  const selection = runSelection(ALL, [], { response_time: 'off' });
  expect(selection.checks.map((c) => c.id)).not.toContain('response_time');
  expect(selection.checksLeftOut).not.toContain('response_time');
  expect(selection.severityChanges).toEqual([{ check: 'response_time', from: 'warning', to: 'off' }]);
});

test("a check set to a level reports its errors and warnings at that level; a note stays a note; the check's own level is no change", () => {
  const relevelled = runSelection(ALL, [], { auth: 'warning' });
  expect(relevelled.severityChanges).toEqual([{ check: 'auth', from: 'error, warning or note', to: 'warning' }]);
  const auth = relevelled.checks.find((c) => c.id === 'auth')!;
  const answered = (status: number) =>
    auth.verify({
      testCase: { family: 'auth/no-token', expectation: { kind: 'unauthenticated' } },
      response: { status, isJson: false, bodyText: '', headers: {} },
      operation: { responseFor: () => undefined },
    } as unknown as CheckInput);
  // 201: an error by default; 500: a warning; 401 with no documented body: the spec gap, a note.
  expect([201, 500, 401].map((status) => answered(status).map((v) => v.severity))).toEqual([['warning'], ['warning'], ['note']]);
  expect(judge('user_id_prefix', { user_id_prefix: 'warning' })).toBe(allChecks.find((c) => c.id === 'user_id_prefix'));
  expect(runSelection(ALL, [], { user_id_prefix: 'warning' }).severityChanges).toEqual([]);
  const promoted = judge('user_id_prefix', { user_id_prefix: 'error' })!;
  const input = { response: { status: 201, json: { id: 'user_1' } }, profile: { userIdPrefix: 'usr_' } } as unknown as CheckInput;
  expect(promoted.verify(input).map((v) => v.severity)).toEqual(['error']);
});

test('a severity for a check that does not exist is a configuration error with a did-you-mean', () => {
  expect(() => runSelection(ALL, [], { atuh: 'off' })).toThrow(ConfigError);
  expect(() => runSelection(ALL, [], { atuh: 'off' })).toThrow('severity: unknown check "atuh"; did you mean "auth"?');
});
