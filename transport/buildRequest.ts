import { caseContent } from '../generators/caseContent.ts';
import type { CreateUserCase } from '../vocabulary/CreateUserCase.ts';
import type { TargetConfig } from '../config/targetConfig.ts';
import type { WireRequest } from '../vocabulary/Exchange.ts';

/**
 * The HTTP request for a case: the create-user path for the case's app, the bearer token and a
 * JSON body, then the case's own overrides (raw bytes, headers removed or replaced, method).
 * `pathTemplate` comes from the spec; the app id is percent-encoded into it.
 */
export function buildRequest(testCase: CreateUserCase, target: TargetConfig, pathTemplate: string): WireRequest {
  const appId = { enabled: target.appId, disabled: target.disabledAppId, unknown: target.unknownAppId }[testCase.app];
  if (appId === undefined) throw new Error(`no app id is configured for role "${testCase.app}"`);
  const extra = Object.fromEntries(target.extraHeaders.map((h) => [h.name, h.value]));
  const content = caseContent({ ...testCase, headers: { ...extra, authorization: `Bearer ${target.apiToken}`, ...testCase.headers } });
  const secret = target.extraHeaders.filter((h) => h.variable !== undefined);
  return {
    method: content.method,
    url: target.baseUrl + pathTemplate.replace('{appID}', encodeURIComponent(appId)),
    headers: content.headers,
    body: content.body,
    ...(secret.length > 0 ? { secretHeaders: Object.fromEntries(secret.map((h) => [h.name, h.variable!])) } : {}),
  };
}
