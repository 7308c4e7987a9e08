import type { TargetConfig } from './targetConfig.ts';

/**
 * Every secret value of a run (both targets' tokens, and header values taken from variables):
 * what any text the suite writes is scrubbed of, in one list so no writer can forget one.
 */
export function runSecrets(config: { readonly target: TargetConfig; readonly reference: TargetConfig | undefined }): string[] {
  return [config.target, ...(config.reference ? [config.reference] : [])].flatMap((t) => [
    t.apiToken,
    ...t.extraHeaders.filter((h) => h.variable !== undefined).map((h) => h.value),
    ...(t.clientCertificate?.passphrase ? [t.clientCertificate.passphrase] : []),
  ]);
}
