import type { EnvHttpProxyAgent } from 'undici';
import type { ProxySettings } from '../config/suiteConfig.ts';

// undici is loaded only when a proxy is configured: importing it costs every process of a run
// about a third of a second of start-up (measured), which a run without a proxy never needs.
let undici: Promise<typeof import('undici')> | undefined;
const agents = new Map<string, Promise<{ agent: EnvHttpProxyAgent; fetch: typeof import('undici').fetch }>>();

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
  let ready = agents.get(key);
  if (ready === undefined) {
    undici ??= import('undici');
    ready = undici.then(({ EnvHttpProxyAgent, fetch }) => ({ agent: new EnvHttpProxyAgent(proxy), fetch }));
    agents.set(key, ready);
  }
  const dispatching = ready;
  // undici's Request and Response are the WHATWG ones Node's own fetch returns; only their type declarations differ.
  return (async (input: string, init?: RequestInit) => {
    const { agent, fetch } = await dispatching;
    return fetch(input, { ...(init as object), dispatcher: agent });
  }) as unknown as typeof fetch;
}
