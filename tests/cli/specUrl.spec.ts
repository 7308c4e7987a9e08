import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConformanceSummary } from '../_support/readConformanceSummary.ts';
import { runConformance } from '../_support/runConformance.ts';
import { SPEC_PATH } from '../_support/specFixture.ts';

/** A self-signed certificate for 127.0.0.1, made with openssl: its own CA, as a private one would be. */
function selfSignedCertificate(): { key: string; cert: string; certPath: string } {
  const dir = mkdtempSync(join(tmpdir(), 'spec-tls-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'pipe' });
  return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8'), certPath: join(dir, 'cert.pem') };
}

test('--spec as an https URL: a docs page embedding the YAML, fetched once through a private CA (NODE_EXTRA_CA_CERTS); its sha256 in the reports', async () => {
  const yaml = readFileSync(SPEC_PATH, 'utf8');
  const page = `# Create user\n\n## OpenAPI\n\n\`\`\`\`yaml post /v2/session/apps/{appID}/users\n${yaml}\`\`\`\`\n`;
  const tls = selfSignedCertificate();
  let fetches = 0;
  const server = createServer({ key: tls.key, cert: tls.cert }, (_req, res) => {
    fetches++;
    res.writeHead(200, { 'content-type': 'text/markdown' });
    res.end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/api-reference/create-user.md`;
  try {
    const untrusted = await runConformance({ CONFORMANCE_SPEC: url }, ['-g', 'valid requests with fresh identities']);
    expect(untrusted.exitCode, untrusted.output).toBe(2);
    expect(untrusted.output).toMatch(/conformance: configuration error: CONFORMANCE_SPEC=https:\/\/127\.0\.0\.1:\d+\/api-reference\/create-user\.md: cannot fetch it \(.*(certificate|CERT).*\)/);

    fetches = 0;
    const run = await runConformance({ CONFORMANCE_SPEC: url, NODE_EXTRA_CA_CERTS: tls.certPath }, ['-g', 'valid requests with fresh identities']);
    expect(run.exitCode, run.output).toBe(0);
    expect(fetches).toBe(1);
    expect(run.output).toContain(`spec fetched once from ${url}`);
    const sha256 = createHash('sha256').update(yaml).digest('hex');
    expect(readConformanceSummary(run.reportDir).run.metadata?.spec.sha256).toBe(sha256);
  } finally {
    server.close();
  }
});
