import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * `conformant`: what a careful team ships, every answer shaped as the spec documents.
 * `defaults`: the same server with the framework's own answers to validation, parsing, media type
 * and size errors left in place (business errors stay as in `conformant`).
 */
export type ServerVariant = 'conformant' | 'defaults';

/** A started server: its base URL (no trailing slash) and how to stop it. */
export interface RunningServer {
  readonly url: string;
  /** Stops listening and closes every connection, idle keep-alive ones included. */
  readonly close: () => Promise<void>;
}

/** The base URL of a server listening on loopback. */
export function loopbackUrl(server: Server): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Closes a node:http server and its connections, so a test using it ends promptly. */
export function closeHttpServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
