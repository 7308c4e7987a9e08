import { checksModuleShown } from '../../checks/customChecks.ts';
import { suiteVersion } from '../../config/suiteVersion.ts';
import type { RunMetadata } from '../../vocabulary/PropertyReport.ts';
import type { SuiteContext } from '../suiteContext.ts';

/** The run's identity as reports show it; the target URL is stripped of anything but origin and path. */
export function runMetadata({ config, operation, selection }: SuiteContext): RunMetadata {
  const leftOut = selection.checksLeftOut.length + selection.phasesLeftOut.length > 0;
  return {
    runId: config.runId,
    suiteVersion: suiteVersion(),
    failOn: config.failOn,
    target: { kind: config.target.kind, url: withoutCredentials(config.target.baseUrl), disabledAppConfigured: config.target.disabledAppId !== undefined },
    spec: { title: operation.title, version: operation.version, sha256: operation.spec.sha256 },
    ...(config.dryRun ? { dryRun: true } : {}),
    ...(leftOut ? { selection: { checksLeftOut: selection.checksLeftOut, phasesLeftOut: selection.phasesLeftOut } } : {}),
    ...(selection.severityChanges.length > 0 ? { severityChanges: selection.severityChanges } : {}),
    replayEnv: config.replayEnv,
    ...(config.checksModulePath !== undefined && selection.custom.length > 0
      ? {
          customChecks: {
            module: checksModuleShown(config.checksModulePath),
            checks: selection.custom.map(({ id, description }) => ({ id, description })),
          },
        }
      : {}),
  };
}

/** A base URL as reports may show it: origin and path, no credentials, query or fragment. */
export function withoutCredentials(baseUrl: string): string {
  try {
    const url = new URL(baseUrl);
    return (url.origin + url.pathname).replace(/\/+$/, '');
  } catch {
    return '';
  }
}
