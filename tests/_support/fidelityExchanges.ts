import type { CheckInput } from '../../checks/Check.ts';
import type { ProxiedRequest, SdkSurfaced } from '../../vocabulary/SdkCall.ts';
import { checkInput, VALID_CASE } from './fakeExchange.ts';

const JSON_HEADERS = { 'content-type': 'application/json' };

/** What the recording proxy saw: one entry per HTTP request the SDK sent, with the server's answer (undefined: none). */
export const wire = (...answers: Array<[number, unknown] | undefined>): ProxiedRequest[] =>
  answers.map((answer) => ({
    request: { method: 'POST', path: '/v2/session/apps/a/users', headers: {}, body: '{}' },
    response: answer && { status: answer[0], headers: JSON_HEADERS, bodyText: JSON.stringify(answer[1]) },
    failure: answer ? undefined : 'ECONNRESET: socket hang up',
  }));

export const resolved = (status: number, data: unknown): SdkSurfaced => ({ kind: 'resolved', status, headers: JSON_HEADERS, data });

export const threw = (errorClass: string, status: number | undefined, body: unknown): SdkSurfaced => ({
  kind: 'threw',
  errorClass,
  status,
  headers: status ? JSON_HEADERS : undefined,
  body,
  message: `${status} m`,
});

/** An exchange sent through the SDK: what it surfaced (the response the other checks see) and what went over the wire. */
export function throughSdk(surfaced: SdkSurfaced, sent: ProxiedRequest[]): CheckInput {
  const body = surfaced.kind === 'resolved' ? surfaced.data : surfaced.body;
  const input = checkInput(surfaced.status, body, { testCase: { ...VALID_CASE, freshIdentities: false } });
  return { ...input, exchange: { ...input.exchange, sdk: { surfaced, wire: sent } } };
}

/** A step answered `target` on the target and `reference` on the reference (several answers: a burst). */
export function compared(target: Array<[number, unknown]>, reference: Array<[number, unknown]>, testCase = VALID_CASE): CheckInput {
  const exchanges = (answers: Array<[number, unknown]>) => answers.map(([s, b]) => checkInput(s, b, { testCase }).exchange);
  const side = exchanges(target);
  return { ...checkInput(target[0]![0], target[0]![1], { testCase }), exchange: side[0]!, reference: { target: side, reference: exchanges(reference) } };
}
