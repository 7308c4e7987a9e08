import { ConfigError } from '../config/ConfigError.ts';
import type { SuiteConfig } from '../config/suiteConfig.ts';
import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import { errorFields } from '../checks/_internals/errorBody.ts';
import { buildRequest } from '../transport/buildRequest.ts';
import type { Exchange } from '../transport/Exchange.ts';
import { sendRequest } from '../transport/sendRequest.ts';

// At least this long: a short CONFORMANCE_TIMEOUT_MS (tests of slow targets) must not make a busy
// but healthy target look unreachable before the run starts.
const PREFLIGHT_TIMEOUT_MS = 10_000;
const TLS_ERROR = /^(ERR_TLS|ERR_SSL|EPROTO|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_OSSL)/;

// What a probe answer says about the configuration; the first matching entry explains it.
const DIAGNOSES: ReadonlyArray<{ when: (e: Exchange) => boolean; say: (e: Exchange, c: SuiteConfig) => string }> = [
  { when: (e) => e.failure !== undefined && TLS_ERROR.test(e.failure), say: (e, c) => `TLS error talking to ${c.target.baseUrl}: ${e.failure}` },
  { when: (e) => e.failure !== undefined, say: (e, c) => `the target ${c.target.baseUrl} is unreachable: ${e.failure}` },
  { when: (e) => status(e) >= 300 && status(e) < 400, say: (e) => `the target redirects (HTTP ${status(e)} to ${e.response?.headers['location'] ?? '?'}): set PRELUDE_BASE_URL to the final API root.` },
  { when: (e) => status(e) === 401, say: () => 'the target refused API_TOKEN (HTTP 401): check the token.' },
  { when: (e) => code(e) === 'app_not_found', say: (_e, c) => `PRELUDE_APP_ID=${c.target.appId} does not exist on the target (404 app_not_found).` },
  { when: (e) => code(e) === 'session_disabled', say: (_e, c) => `PRELUDE_APP_ID=${c.target.appId} has session management disabled; it must name an enabled app (use PRELUDE_DISABLED_APP_ID for a disabled one).` },
  { when: (e) => status(e) === 403, say: (e) => `the target refused API_TOKEN (HTTP 403${code(e) ? ` ${code(e)}` : ''}): check the token and its permissions.` },
  { when: (e) => status(e) === 404 || status(e) === 405, say: (e, c) => `POST ${e.request.url} answered ${status(e)} ${JSON.stringify(e.response?.bodyText.slice(0, 80) ?? '')}: is PRELUDE_BASE_URL (${c.target.baseUrl}) the API root, without a path?` },
];

/**
 * Before a run against an external target: one request that cannot create anything (a body
 * without the required `identifiers`) shows whether the target answers at all, speaks TLS, sits
 * at the configured base path, accepts the token and knows the app. A problem becomes one
 * ConfigError (exit code 2) instead of a failure in every test.
 */
export async function preflight(config: SuiteConfig, operation: CreateUserOperation): Promise<void> {
  const probe = buildRequest(
    { family: 'preflight', app: 'enabled', body: {}, expectation: { kind: 'rejected', status: 400, codes: [], rule: '/required' }, freshIdentities: true },
    config.target, operation.pathTemplate,
  );
  const exchange = await sendRequest(probe, { timeoutMs: Math.max(config.requestTimeoutMs, PREFLIGHT_TIMEOUT_MS), maxBodyBytes: 64 * 1024 });
  const diagnosis = DIAGNOSES.find((d) => d.when(exchange));
  if (diagnosis) throw new ConfigError(`preflight: ${diagnosis.say(exchange, config)}`);
}

function status(exchange: Exchange): number {
  return exchange.response?.status ?? 0;
}

function code(exchange: Exchange): string | undefined {
  return errorFields(exchange.response).code;
}
