import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../config/suiteConfig.ts';
import type { RunMetadata } from '../PropertyReport.ts';
import type { SuiteContext } from '../suiteContext.ts';

let suiteVersion: string | undefined;

/** The run's identity as reports show it; the target URL is stripped of anything but origin and path. */
export function runMetadata({ config, operation }: SuiteContext): RunMetadata {
  suiteVersion ??= String((JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version?: unknown }).version ?? 'unknown');
  return {
    runId: config.runId,
    suiteVersion,
    target: { kind: config.target.kind, url: withoutCredentials(config.target.baseUrl), disabledAppConfigured: config.target.disabledAppId !== undefined },
    spec: { title: operation.title, version: operation.version, sha256: operation.spec.sha256 },
  };
}

function withoutCredentials(baseUrl: string): string {
  try {
    const url = new URL(baseUrl);
    return (url.origin + url.pathname).replace(/\/+$/, '');
  } catch {
    return '';
  }
}
