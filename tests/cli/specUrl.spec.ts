import { expect, test } from '@playwright/test';
import { runConformance } from '../_support/runConformance.ts';
import { startSpecPageServer } from '../_support/specPageServer.ts';

// A trusted https --spec (a docs page embedding the YAML, through a private CA; fetched once; its sha256 in the
// reports) is the installed package's real-world run, tests/cli/packedPackage.spec.ts. Here: an untrusted one.
test('--spec as an https URL whose certificate is not trusted: a configuration error naming the variable and the cause, exit code 2', async () => {
  const server = await startSpecPageServer();
  try {
    const untrusted = await runConformance({ CONFORMANCE_SPEC: server.url }, ['-g', 'valid requests with fresh identities']);
    expect(untrusted.exitCode, untrusted.output).toBe(2);
    expect(untrusted.output).toMatch(
      /conformance: configuration error: CONFORMANCE_SPEC=https:\/\/127\.0\.0\.1:\d+\/api-reference\/create-user\.md: cannot fetch it \(.*(certificate|CERT).*\)/,
    );
  } finally {
    server.close();
  }
});
