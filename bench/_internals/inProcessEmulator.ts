import type { AddressInfo } from 'node:net';
import { createEmulatorServer } from '../../emulator/createEmulatorServer.ts';
import { EMULATOR_DEFAULTS } from '../../emulator/emulatorDefaults.ts';
import { defaultEmulatorOptions } from '../../emulator/serveEmbeddedEmulator.ts';
import type { ServerChoices } from '../../spec/latitude.ts';
import { benchOperation } from './benchOperation.ts';

/** What a bench needs of an emulator served in this process: post a body, read the answer, close. */
export interface InProcessEmulator {
  post(body: unknown): Promise<{ status: number; json: { readonly code?: string } | undefined }>;
  close(): Promise<void>;
}

/**
 * The emulator's public entry (`createEmulatorServer`) on a free loopback port with the default
 * apps and token, and the `choices` given: for bench scripts that count answers, not speed (the
 * speed figures run the emulator in its own process).
 */
export async function startInProcessEmulator(choices: ServerChoices): Promise<InProcessEmulator> {
  const { server } = createEmulatorServer({ ...defaultEmulatorOptions(benchOperation()), choices });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const usersUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2/session/apps/${EMULATOR_DEFAULTS.enabledAppId}/users`;
  return {
    async post(body) {
      const res = await fetch(usersUrl, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { authorization: `Bearer ${EMULATOR_DEFAULTS.token}`, 'content-type': 'application/json' },
      });
      const text = await res.text();
      return { status: res.status, json: text ? (JSON.parse(text) as { readonly code?: string }) : undefined };
    },
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
