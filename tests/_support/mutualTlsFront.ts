import { readFileSync } from 'node:fs';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { createServer } from 'node:tls';
import type { TestCertificates } from './testCertificates.ts';

export interface MutualTlsFront {
  /** `https://127.0.0.1:<port>`: the upstream, behind mutual TLS. */
  readonly url: string;
  /** The subjects (CN) of the client certificates of the connections it let through, in order. */
  readonly clients: readonly string[];
  close(): Promise<void>;
}

/**
 * A TLS terminator on loopback in front of a plain-HTTP `upstream` (the embedded emulator), as a
 * gateway in front of staging: it requires a client certificate its CA issued
 * (`requestCert`, `rejectUnauthorized`), then pipes the decrypted bytes through unchanged. Node's
 * TLS server refuses a handshake without a certificate with TLS 1.3's `certificate_required`
 * alert, and closes a connection whose certificate it does not trust without a word.
 */
export async function startMutualTlsFront(upstream: string, pki: TestCertificates): Promise<MutualTlsFront> {
  const { hostname, port } = new URL(upstream);
  const clients: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer(
    {
      cert: readFileSync(pki.server.certPath, 'utf8'),
      key: readFileSync(pki.server.keyPath, 'utf8'),
      ca: readFileSync(pki.caPath, 'utf8'),
      requestCert: true,
      rejectUnauthorized: true,
    },
    (tlsSocket) => {
      clients.push(String(tlsSocket.getPeerCertificate().subject?.CN));
      const plain = connect(Number(port), hostname);
      for (const s of [tlsSocket, plain]) {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
      }
      tlsSocket.on('error', () => plain.destroy());
      plain.on('error', () => tlsSocket.destroy());
      tlsSocket.pipe(plain).pipe(tlsSocket);
    },
  );
  // A refused handshake is the point of some tests: it must not end the test process.
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `https://127.0.0.1:${(server.address() as AddressInfo).port}`,
    clients,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
