import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EMULATOR_DEFAULTS } from '../../emulator/emulatorDefaults.ts';
import type { EmulatorOptions } from '../../emulator/createEmulatorServer.ts';
import { startEmulator, type RunningEmulator } from './startEmulator.ts';

export interface FaultRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  /** The body parsed as JSON, or undefined. */
  readonly json: RequestJson | undefined;
}

/**
 * A parsed body read field by field, as faults read it (`r.json?.external_id`): whatever the client
 * sent, so every field is unknown, and a body that is not an object has none (reading one gives undefined).
 */
export interface RequestJson {
  readonly [field: string]: unknown;
}

export interface FaultAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * A fault: given the request and a way to ask the correct emulator, what the faulty server answers.
 * Each fault is one deviation from a correct server, so the check that catches it is unambiguous.
 */
export type Fault = (request: FaultRequest, correct: CorrectAnswer) => Promise<FaultAnswer | 'drop'> | FaultAnswer | 'drop';

/**
 * Asks the correct emulator. `headers` replace the request's (`null` removes one), e.g. to ignore a
 * bad token; `body` replaces the request body, e.g. to rewrite what the emulator compares; `url`
 * replaces the path, e.g. to ask what another app would answer.
 */
export type CorrectAnswer = (override?: { headers?: Record<string, string | null>; body?: string; url?: string }) => Promise<FaultAnswer>;

export interface FaultyServer {
  readonly url: string;
  readonly emulator: RunningEmulator;
  close(): Promise<void>;
}

/**
 * A correct emulator behind a proxy that applies `fault` to every exchange. With `token`, the
 * proxy accepts that token in place of the emulator's (e.g. a canary token for redaction tests).
 * `emulator` overrides the correct emulator's settings (e.g. another identifier limit).
 */
export async function startFaultyServer(fault: Fault, options: { token?: string; emulator?: Partial<EmulatorOptions> } = {}): Promise<FaultyServer> {
  const emulator = await startEmulator(options.emulator);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on(
      'end',
      () =>
        void (async () => {
          const body = Buffer.concat(chunks);
          let json: RequestJson | undefined;
          try {
            json = JSON.parse(body.toString('utf8')) as RequestJson;
          } catch {
            json = undefined;
          }
          const request: FaultRequest = { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body, json };
          const correct: CorrectAnswer = async (override = {}) => {
            const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !['host', 'content-length', 'connection'].includes(k))) as Record<
              string,
              string
            >;
            if (options.token !== undefined && headers['authorization'] === `Bearer ${options.token}`) {
              headers['authorization'] = `Bearer ${EMULATOR_DEFAULTS.token}`;
            }
            for (const [name, value] of Object.entries(override.headers ?? {})) {
              if (value === null) delete headers[name];
              else headers[name] = value;
            }
            const upstream = await fetch(emulator.url + (override.url ?? request.url), {
              method: request.method,
              headers,
              body: ['GET', 'HEAD'].includes(request.method) ? undefined : (override.body ?? body),
            });
            return {
              status: upstream.status,
              headers: Object.fromEntries(
                [...upstream.headers].filter(([k]) => k !== 'content-length' && k !== 'connection' && k !== 'keep-alive' && k !== 'date'),
              ),
              body: await upstream.text(),
            };
          };
          try {
            const answer = await fault(request, correct);
            if (answer === 'drop') return res.destroy();
            res.writeHead(answer.status, answer.headers);
            res.end(answer.body);
          } catch {
            res.destroy();
          }
        })(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    emulator,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await emulator.close();
    },
  };
}

/** Runs `body` against a server with `fault`, and closes it whatever happens. */
export async function withFaultyServer(fault: Fault, body: (url: string) => Promise<void>): Promise<void> {
  const server = await startFaultyServer(fault);
  try {
    await body(server.url);
  } finally {
    await server.close();
  }
}
