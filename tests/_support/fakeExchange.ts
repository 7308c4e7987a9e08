import type { CheckInput } from '../../checks/Check.ts';
import { newRunHistory } from '../../checks/RunHistory.ts';
import { DEFAULT_PROFILE } from '../../config/profile.ts';
import type { CreateUserCase } from '../../vocabulary/CreateUserCase.ts';
import type { WireResponse } from '../../vocabulary/Exchange.ts';
import { specOperation } from './specFixture.ts';

export const VALID_CASE: CreateUserCase = {
  family: 'valid/realistic',
  app: 'enabled',
  body: { identifiers: [{ type: 'email_address', value: 'a@example.com' }] },
  expectation: { kind: 'created' },
  freshIdentities: true,
};

/** A check input for a response given as status, JSON body and headers. */
export function checkInput(
  status: number | undefined,
  body?: unknown,
  options: {
    headers?: Record<string, string>;
    testCase?: CreateUserCase;
    rawBody?: string;
    elapsedMs?: number;
    history?: CheckInput['history'];
    truncatedFrom?: number;
  } = {},
): CheckInput {
  const bodyText = options.rawBody ?? (body === undefined ? '' : JSON.stringify(body));
  let json: unknown;
  let isJson = false;
  try {
    json = JSON.parse(bodyText);
    isJson = true;
  } catch {
    /* not JSON */
  }
  const response: WireResponse | undefined =
    status === undefined
      ? undefined
      : {
          status,
          headers: { 'content-type': 'application/json', ...options.headers },
          bodyText,
          json,
          isJson,
          ...(options.truncatedFrom === undefined
            ? { truncated: false }
            : { truncated: true, readLimitBytes: 1024 * 1024, size: { bytes: options.truncatedFrom, atLeast: false } }),
        };
  return {
    operation: specOperation(),
    profile: DEFAULT_PROFILE,
    testCase: options.testCase ?? VALID_CASE,
    exchange: {
      request: { method: options.testCase?.method ?? 'POST', url: 'http://x/v2/session/apps/a/users', headers: {}, body: '{}' },
      response,
      failure: status === undefined ? 'ECONNRESET: socket hang up' : undefined,
      elapsedMs: options.elapsedMs ?? 5,
    },
    response,
    history: options.history ?? newRunHistory(),
  };
}
