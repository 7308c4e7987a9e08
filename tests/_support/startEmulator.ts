import type { AddressInfo } from 'node:net';
import { createEmulatorServer, type Emulator, type EmulatorOptions } from '../../emulator/createEmulatorServer.ts';
import { EMULATOR_DEFAULTS } from '../../emulator/emulatorDefaults.ts';
import { defaultEmulatorOptions } from '../../emulator/serveEmbeddedEmulator.ts';
import { specOperation } from './specFixture.ts';

/** An answer's JSON body as tests read it: a created user (`id`, …) or an error (`code`, …). */
export interface AnswerJson {
  readonly id?: string;
  readonly code?: string;
  readonly [field: string]: unknown;
}

export interface RunningEmulator extends Emulator {
  readonly url: string;
  /** POSTs to the users path of `appId` with the default token unless headers say otherwise. */
  post(appId: string, body: unknown, headers?: Record<string, string>): Promise<{ status: number; headers: Headers; json: AnswerJson | undefined }>;
  close(): Promise<void>;
}

/** An in-process emulator on a free loopback port, with the default apps and token. */
export async function startEmulator(overrides: Partial<EmulatorOptions> = {}): Promise<RunningEmulator> {
  const emulator = createEmulatorServer({ ...defaultEmulatorOptions(specOperation()), ...overrides });
  await new Promise<void>((resolve) => emulator.server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(emulator.server.address() as AddressInfo).port}`;
  return {
    ...emulator,
    url,
    async post(appId, body, headers = {}) {
      const res = await fetch(`${url}/v2/session/apps/${encodeURIComponent(appId)}/users`, {
        method: 'POST',
        headers: { authorization: `Bearer ${EMULATOR_DEFAULTS.token}`, 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, headers: res.headers, json: text ? (JSON.parse(text) as AnswerJson) : undefined };
    },
    close: () =>
      new Promise((resolve) => {
        emulator.server.closeAllConnections();
        emulator.server.close(() => resolve());
      }),
  };
}
