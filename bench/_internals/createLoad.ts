import autocannon from 'autocannon';
import { EMULATOR_DEFAULTS } from '../../emulator/emulatorDefaults.ts';

/**
 * An autocannon load of creates on the emulator's enabled app: `body(n)` gives the n-th request's
 * body (each a new identity, so the server really creates users rather than answering 409).
 */
export function createLoad(baseUrl: string, size: { connections: number; duration?: number; amount?: number }, body: (n: number) => unknown) {
  let sequence = 0;
  return autocannon({
    url: `${baseUrl}/v2/session/apps/${EMULATOR_DEFAULTS.enabledAppId}/users`,
    ...size,
    method: 'POST',
    headers: { authorization: `Bearer ${EMULATOR_DEFAULTS.token}`, 'content-type': 'application/json' },
    requests: [{ setupRequest: (request) => ({ ...request, body: JSON.stringify(body(sequence++)) }) }],
  });
}
