import type { SuiteConfig } from '../config/suiteConfig.ts';
import type { TargetConfig } from '../config/targetConfig.ts';
import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import { errorFields } from '../checks/errorBody.ts';
import { buildRequest } from '../transport/buildRequest.ts';
import { newTraceId } from '../transport/newTraceId.ts';
import { stampRequestIds } from '../transport/stampRequestIds.ts';
import type { Exchange } from '../vocabulary/Exchange.ts';
import { sendRequest } from '../transport/sendRequest.ts';
import { handshakeOutcome } from '../transport/handshakeOutcome.ts';
import { certificateRefusal } from './_internals/certificateRefusal.ts';
import { TargetError } from './TargetError.ts';

// At least this long: a short CONFORMANCE_TIMEOUT_MS (tests of slow targets) must not make a busy
// but healthy target look unreachable before the run starts.
const PREFLIGHT_TIMEOUT_MS = 10_000;
const TLS_ERROR = /^(ERR_TLS|ERR_SSL|EPROTO|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_OSSL)/;

/** The probed target, named as messages name it: `the target` or `the reference`. */
interface Probed {
  readonly target: TargetConfig;
  readonly role: string;
  /** Reached through these proxies, as the run's requests are. */
  readonly proxy: SuiteConfig['proxy'];
  /** Its requests carry ids as the run's do, so a refused preflight can be found in the target's logs too. */
  readonly requestIdHeader: SuiteConfig['requestIdHeader'];
}

// What a probe answer says about the configuration; the first matching entry explains it.
const DIAGNOSES: ReadonlyArray<{ when: (e: Exchange) => boolean; say: (e: Exchange, p: Probed) => string }> = [
  {
    when: (e) => refusalPage(e) !== undefined,
    say: (e, p) => certificateRefusal({ kind: 'refusal page', page: refusalPage(e)! }, p.target, p.role)!,
  },
  { when: (e) => e.failure !== undefined && TLS_ERROR.test(e.failure), say: (e, p) => `TLS error talking to ${p.target.baseUrl}: ${e.failure}` },
  { when: (e) => e.failure !== undefined, say: (e, p) => `${p.role} ${p.target.baseUrl} is unreachable: ${e.failure}` },
  {
    when: (e) => status(e) >= 300 && status(e) < 400,
    say: (e, p) =>
      `${p.role} redirects (HTTP ${status(e)} to ${e.response?.headers['location'] ?? '?'}): set ${p.target.variables.baseUrl} to the final API root.`,
  },
  { when: (e) => status(e) === 401, say: (_e, p) => `${p.role} refused ${p.target.variables.apiToken} (HTTP 401): check the token.` },
  {
    when: (e) => code(e) === 'app_not_found',
    say: (_e, p) => `${p.target.given.appId} does not exist on ${p.role} (404 app_not_found).`,
  },
  {
    when: (e) => code(e) === 'session_disabled',
    say: (_e, p) =>
      `${p.target.given.appId} has session management disabled; it must name an enabled app (use ${p.target.variables.disabledAppId} for a disabled one).`,
  },
  {
    when: (e) => status(e) === 403,
    say: (e, p) => `${p.role} refused ${p.target.variables.apiToken} (HTTP 403${code(e) ? ` ${code(e)}` : ''}): check the token and its permissions.`,
  },
  {
    when: (e) => status(e) === 404 || status(e) === 405,
    say: (e, p) =>
      `POST ${e.request.url} answered ${status(e)} ${JSON.stringify(e.response?.bodyText.slice(0, 80) ?? '')}: is ${p.target.variables.baseUrl} (${p.target.baseUrl}) the API root, without a path?`,
  },
];

/**
 * Before a run against an external target: one request that cannot create anything (a body
 * without the required `identifiers`) shows whether the target answers at all, speaks TLS (with
 * the client certificate, behind mutual TLS), sits at the configured base path, accepts the token and knows the app. The disabled app must differ
 * from the enabled one and exist (a typo there would otherwise end the run with `app_state` errors
 * blamed on the target). A problem becomes one TargetError (exit code 2) naming the variable,
 * instead of a failure in every test. Only what the answers prove is blamed on the configuration:
 * a disabled app that creates users or answers 403 with another code may be a server's fault as
 * much as a wrong id, so the checks judge it (exit 1), and their finding names both. The
 * reference of a differential run is probed the same way.
 */
export async function preflight(config: SuiteConfig, operation: CreateUserOperation): Promise<void> {
  const probed: Probed[] = [
    ...(config.target.kind === 'external' ? [{ target: config.target, role: 'the target', proxy: config.proxy, requestIdHeader: config.requestIdHeader }] : []),
    ...(config.reference ? [{ target: config.reference, role: 'the reference', proxy: config.proxy, requestIdHeader: config.requestIdHeader }] : []),
  ];
  // Needs no request, so it holds for the embedded emulator too; a probed target is first asked
  // about its enabled app, whose diagnosis ("has session management disabled") is the sharper one.
  if (config.target.kind !== 'external') sameAppCheck(config.target);
  const timeoutMs = Math.max(config.requestTimeoutMs, PREFLIGHT_TIMEOUT_MS);
  for (const p of probed) {
    await probe(p, timeoutMs, operation);
    sameAppCheck(p.target);
    if (p.target.disabledAppId !== undefined) await probeDisabledApp(p, timeoutMs, operation);
  }
}

function sameAppCheck(target: TargetConfig): void {
  if (target.disabledAppId !== undefined && target.disabledAppId === target.appId) {
    throw new TargetError(`${target.given.disabledAppId} is the same app as ${target.variables.appId}; it must name an app with session management disabled.`);
  }
}

async function probe(probed: Probed, timeoutMs: number, operation: CreateUserOperation): Promise<void> {
  const exchange = await send(probed, 'enabled', {}, timeoutMs, operation);
  const refusal = await refusedCertificate(exchange, probed, timeoutMs);
  if (refusal !== undefined) throw new TargetError(refusal);
  const diagnosis = DIAGNOSES.find((d) => d.when(exchange));
  if (diagnosis) throw new TargetError(diagnosis.say(exchange, probed));
}

/**
 * A request that failed at the connection, to an https target reached directly, is followed by
 * one bare TLS handshake: what the server said there (an alert about the client certificate) is
 * proof of what to fix, which the failed request lost (see `handshakeOutcome`).
 */
async function refusedCertificate(exchange: Exchange, probed: Probed, timeoutMs: number): Promise<string | undefined> {
  if (exchange.failure === undefined || exchange.timedOut || probed.proxy !== undefined || !probed.target.baseUrl.startsWith('https:')) return undefined;
  return certificateRefusal(await handshakeOutcome(probed.target.baseUrl, probed.target.clientCertificate, timeoutMs), probed.target, probed.role);
}

async function probeDisabledApp(probed: Probed, timeoutMs: number, operation: CreateUserOperation): Promise<void> {
  // The body is invalid, so it creates nothing even where the app is in fact enabled.
  const exchange = await send(probed, 'disabled', {}, timeoutMs, operation);
  if (code(exchange) === 'app_not_found') {
    throw new TargetError(
      `${probed.target.given.disabledAppId} does not exist on ${probed.role} (404 app_not_found); it must name an app with session management disabled.`,
    );
  }
}

function send(probed: Probed, app: 'enabled' | 'disabled', body: object, timeoutMs: number, operation: CreateUserOperation): Promise<Exchange> {
  const request = buildRequest(
    { family: 'preflight', app, body, expectation: { kind: 'rejected', status: 400, codes: [], rule: '/required' }, freshIdentities: true },
    probed.target,
    operation.pathTemplate,
  );
  return sendRequest(stampRequestIds(request, probed.requestIdHeader, newTraceId()), {
    timeoutMs,
    maxBodyBytes: 64 * 1024,
    proxy: probed.proxy,
    clientCertificate: probed.target.clientCertificate,
  });
}

// nginx (`ssl_verify_client on`) answers a missing or refused client certificate at the HTTP level, with its own 400 page.
const REFUSAL_PAGE = /No required SSL certificate was sent|The SSL certificate error/;

function refusalPage(exchange: Exchange): string | undefined {
  return status(exchange) === 400 ? REFUSAL_PAGE.exec(exchange.response?.bodyText ?? '')?.[0] : undefined;
}

function status(exchange: Exchange): number {
  return exchange.response?.status ?? 0;
}

function code(exchange: Exchange): string | undefined {
  return errorFields(exchange.response).code;
}
