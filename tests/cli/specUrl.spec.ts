import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readConformanceSummary } from '../_support/readConformanceSummary.ts';
import { runConformance } from '../_support/runConformance.ts';
import { startSpecPageServer } from '../_support/specPageServer.ts';

test('--spec as an https URL: a docs page embedding the YAML, fetched once through a private CA (NODE_EXTRA_CA_CERTS); its sha256 in the reports', async () => {
  const server = await startSpecPageServer();
  const { url } = server;
  try {
    const untrusted = await runConformance({ CONFORMANCE_SPEC: url }, ['-g', 'valid requests with fresh identities']);
    expect(untrusted.exitCode, untrusted.output).toBe(2);
    expect(untrusted.output).toMatch(
      /conformance: configuration error: CONFORMANCE_SPEC=https:\/\/127\.0\.0\.1:\d+\/api-reference\/create-user\.md: cannot fetch it \(.*(certificate|CERT).*\)/,
    );

    server.resetFetches();
    const run = await runConformance({ CONFORMANCE_SPEC: url, NODE_EXTRA_CA_CERTS: server.certPath }, ['-g', 'valid requests with fresh identities']);
    expect(run.exitCode, run.output).toBe(0);
    expect(server.fetches()).toBe(1);
    expect(run.output).toContain(`spec fetched once from ${url}`);
    const sha256 = createHash('sha256').update(server.yaml).digest('hex');
    expect(readConformanceSummary(run.reportDir).run.metadata?.spec.sha256).toBe(sha256);
  } finally {
    server.close();
  }
});
