import { EnvHttpProxyAgent, fetch as undiciFetch } from 'undici';
import type { ProxySettings } from '../config/suiteConfig.ts';

const agents = new Map<string, EnvHttpProxyAgent>();

/**
 * The fetch to send with: Node's own when no proxy is configured, else undici's fetch through an
 * `EnvHttpProxyAgent` built from the settings the configuration read (HTTP_PROXY, HTTPS_PROXY,
 * NO_PROXY): Node 20's global fetch ignores those variables. Undici's fetch goes with undici's
 * agent (mixing one undici's dispatcher with another's fetch is fragile). Custom CAs come from
 * NODE_EXTRA_CA_CERTS, which Node reads at start-up for both.
 */
export function proxiedFetch(proxy: ProxySettings | undefined): typeof fetch {
  if (proxy === undefined) return fetch;
  const key = JSON.stringify(proxy);
  let agent = agents.get(key);
  if (agent === undefined) {
    agent = new EnvHttpProxyAgent(proxy);
    agents.set(key, agent);
  }
  const dispatcher = agent;
  // undici's Request and Response are the WHATWG ones Node's own fetch returns; only their type declarations differ.
  return ((input: string, init?: RequestInit) => undiciFetch(input, { ...(init as object), dispatcher })) as unknown as typeof fetch;
}
