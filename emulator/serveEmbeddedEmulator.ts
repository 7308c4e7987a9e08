import { DEFAULT_SPEC_PATH } from '../spec/defaultSpecPath.ts';
import { sharedOperation } from '../spec/sharedOperation.ts';
import { DEFAULT_SERVER_CHOICES } from '../spec/latitude.ts';
import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import { createEmulatorServer, type EmulatorOptions } from './createEmulatorServer.ts';
import { EMULATOR_DEFAULTS } from './emulatorDefaults.ts';

/** The embedded emulator of a run, listening on a free port of 127.0.0.1. */
export interface EmbeddedEmulator {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves the reference emulator with its defaults (those of `npm run emulator`) inside the calling
 * process: the runner of `npm run conformance` starts it while it loads its configuration, so a run
 * pays no second Node process, TypeScript loader and spec compilation before its first request.
 * The server is unreferenced: it never holds the runner open once the run has ended.
 */
export async function serveEmbeddedEmulator(): Promise<EmbeddedEmulator> {
  const { server } = createEmulatorServer(defaultEmulatorOptions(sharedOperation(DEFAULT_SPEC_PATH)));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  server.unref();
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the embedded emulator has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The emulator as `npm run emulator` serves it with no flag: its default apps, token, choices and body limit. */
export function defaultEmulatorOptions(operation: CreateUserOperation): EmulatorOptions {
  return {
    operation,
    token: EMULATOR_DEFAULTS.token,
    choices: DEFAULT_SERVER_CHOICES,
    bodyLimitBytes: EMULATOR_DEFAULTS.bodyLimitBytes,
    apps: [
      { id: EMULATOR_DEFAULTS.enabledAppId, sessionEnabled: true },
      { id: EMULATOR_DEFAULTS.disabledAppId, sessionEnabled: false },
    ],
  };
}
