import { Agent, EnvHttpProxyAgent, type Dispatcher } from 'undici';
import type { ProxySettings } from '../config/suiteConfig.ts';

const dispatchers = new Map<string, Dispatcher>();

/**
 * The connection pool requests go through: direct, or an `EnvHttpProxyAgent` built from the proxy
 * settings the configuration read (HTTP_PROXY, HTTPS_PROXY, NO_PROXY; Node 20's fetch ignores
 * them). One per setting and process, so connections are kept alive across requests. Custom CAs come from NODE_EXTRA_CA_CERTS, which Node reads at start-up.
 */
export function dispatcherFor(proxy: ProxySettings | undefined): Dispatcher {
  const key = JSON.stringify(proxy ?? null);
  let dispatcher = dispatchers.get(key);
  if (dispatcher === undefined) {
    dispatcher = proxy === undefined ? new Agent() : new EnvHttpProxyAgent(proxy);
    dispatchers.set(key, dispatcher);
  }
  return dispatcher;
}
