import { isIP } from 'node:net';
import { connect } from 'node:tls';
import type { ClientCertificate } from '../config/clientCertificate.ts';

/**
 * How a target's TLS server treated one handshake: the alert it sent (`certificate_required`,
 * `unknown_ca`, … as named by TLS), a connection closed after the handshake without a byte of
 * answer, an answer, or a failure before the handshake completed.
 */
export type HandshakeOutcome =
  | { readonly kind: 'alert'; readonly alert: string }
  | { readonly kind: 'closed' }
  | { readonly kind: 'answered' }
  | { readonly kind: 'failed'; readonly reason: string };

// OpenSSL's name for an alert the peer sent, as Node's error codes carry it.
const RECEIVED_ALERT = /^ERR_SSL_(?:SSLV3|TLSV1|TLSV13)_ALERT_([A-Z_]+)$/;

/**
 * One TLS handshake with the server of `baseUrl` (an https URL), presenting `certificate` if given,
 * then a `HEAD /` so that a server which accepted the handshake answers at once. Used by the
 * preflight after a request failed at the connection: undici reports a server's TLS alert after
 * the handshake (TLS 1.3 sends `certificate_required` then) as "other side closed", which loses
 * what the server said; a bare TLS socket keeps it, and the alert proves what to fix.
 */
export function handshakeOutcome(baseUrl: string, certificate: ClientCertificate | undefined, timeoutMs: number): Promise<HandshakeOutcome> {
  const url = new URL(baseUrl);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve) => {
    let handshook = false;
    const socket = connect({
      host,
      port: Number(url.port || 443),
      // SNI carries host names only.
      ...(isIP(host) === 0 ? { servername: host } : {}),
      ...(certificate
        ? { cert: certificate.cert, key: certificate.key, ...(certificate.passphrase === undefined ? {} : { passphrase: certificate.passphrase }) }
        : {}),
    });
    const finish = (outcome: HandshakeOutcome) => {
      clearTimeout(deadline);
      socket.destroy();
      resolve(outcome);
    };
    const deadline = setTimeout(() => finish({ kind: 'failed', reason: `no answer within ${timeoutMs} ms` }), timeoutMs);
    socket.once('secureConnect', () => {
      handshook = true;
      socket.write(`HEAD / HTTP/1.1\r\nHost: ${url.host}\r\nConnection: close\r\n\r\n`);
    });
    socket.once('data', () => finish({ kind: 'answered' }));
    socket.once('error', (error: NodeJS.ErrnoException) => {
      const alert = RECEIVED_ALERT.exec(error.code ?? '')?.[1];
      // A reset after the handshake is a close without an answer, as far as what was said goes.
      finish(alert ? { kind: 'alert', alert: alert.toLowerCase() } : handshook ? { kind: 'closed' } : { kind: 'failed', reason: error.code ?? error.message });
    });
    socket.once('close', () => finish(handshook ? { kind: 'closed' } : { kind: 'failed', reason: 'closed during the handshake' }));
  });
}
