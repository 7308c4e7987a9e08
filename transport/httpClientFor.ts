import { createHash } from 'node:crypto';
import type { Dispatcher } from 'undici';
import type { ClientCertificate } from '../config/clientCertificate.ts';
import type { ProxySettings } from '../config/proxySettings.ts';

export interface HttpClient {
  readonly request: (typeof import('undici'))['request'];
  readonly dispatcher: Dispatcher;
}

// undici is loaded on the first request, not at import: a process that sends nothing (the runner of
// a run against the embedded emulator) never pays its import, about 0.2 s of start-up.
let undici: Promise<typeof import('undici')> | undefined;
const clients = new Map<string, Promise<HttpClient>>();

/**
 * undici's `request` and the connection pool to send it through: direct, or an `EnvHttpProxyAgent`
 * built from the proxy settings the configuration read (HTTP_PROXY, HTTPS_PROXY, NO_PROXY; Node
 * 20's fetch ignores them). One pool per setting and process, so connections are kept alive across
 * requests. Custom CAs come from NODE_EXTRA_CA_CERTS, which Node reads at start-up. A client
 * certificate (mutual TLS) goes into the TLS handshake with the target: `connect` for a direct
 * connection, `requestTls` for one tunnelled through a proxy (the proxy itself never sees it).
 */
export function httpClientFor(proxy: ProxySettings | undefined, certificate?: ClientCertificate): Promise<HttpClient> {
  // The key material is hashed: a pool's key must not hold a passphrase in the clear.
  const key = JSON.stringify([
    proxy ?? null,
    certificate
      ? createHash('sha256')
          .update(JSON.stringify([certificate.cert, certificate.key, certificate.passphrase ?? null]))
          .digest('hex')
      : null,
  ]);
  let client = clients.get(key);
  if (client === undefined) {
    undici ??= import('undici');
    const tls = certificate && {
      cert: certificate.cert,
      key: certificate.key,
      ...(certificate.passphrase === undefined ? {} : { passphrase: certificate.passphrase }),
    };
    client = undici.then(({ Agent, EnvHttpProxyAgent, request }) => ({
      request,
      dispatcher: proxy === undefined ? new Agent(tls && { connect: tls }) : new EnvHttpProxyAgent({ ...proxy, ...(tls && { connect: tls, requestTls: tls }) }),
    }));
    clients.set(key, client);
  }
  return client;
}
