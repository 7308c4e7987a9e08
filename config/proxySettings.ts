import type { Env } from './configSources.ts';

/** Proxies from the standard variables (either case), for targets reached through one. */
export interface ProxySettings {
  readonly httpProxy?: string;
  readonly httpsProxy?: string;
  readonly noProxy?: string;
}

/** The standard proxy variables, upper case first (curl's and undici's order); undefined when none is set. */
export function proxySettings(env: Env): ProxySettings | undefined {
  const read = (name: string) => env[name] || env[name.toLowerCase()] || undefined;
  const settings = Object.fromEntries(
    Object.entries({ httpProxy: read('HTTP_PROXY'), httpsProxy: read('HTTPS_PROXY'), noProxy: read('NO_PROXY') }).filter(([, value]) => value !== undefined),
  ) as ProxySettings;
  return settings.httpProxy === undefined && settings.httpsProxy === undefined ? undefined : settings;
}
