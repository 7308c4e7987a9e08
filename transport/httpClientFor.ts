import type { Dispatcher } from 'undici';
import type { ProxySettings } from '../config/suiteConfig.ts';

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
 * requests. Custom CAs come from NODE_EXTRA_CA_CERTS, which Node reads at start-up.
 */
export function httpClientFor(proxy: ProxySettings | undefined): Promise<HttpClient> {
  const key = JSON.stringify(proxy ?? null);
  let client = clients.get(key);
  if (client === undefined) {
    undici ??= import('undici');
    client = undici.then(({ Agent, EnvHttpProxyAgent, request }) => ({
      request,
      dispatcher: proxy === undefined ? new Agent() : new EnvHttpProxyAgent(proxy),
    }));
    clients.set(key, client);
  }
  return client;
}
