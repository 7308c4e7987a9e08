import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docsPageEmbedding, SPEC_PATH } from './specFixture.ts';
import { selfSignedCertificate } from './testCertificates.ts';

export interface SpecPageServer {
  /** The docs page's https URL, on 127.0.0.1. */
  readonly url: string;
  /** The YAML the page embeds (its sha256 is what the reports must name). */
  readonly yaml: string;
  /** The self-signed certificate, its own CA: what NODE_EXTRA_CA_CERTS must name to trust it. */
  readonly certPath: string;
  /** How many times the page was fetched since the last `resetFetches`. */
  fetches(): number;
  resetFetches(): void;
  close(): void;
}

/**
 * A docs page embedding the spec's YAML (as Prelude's docs do), served over https on loopback
 * with a self-signed certificate made by openssl (testCertificates.ts): a private CA, as a company's would be.
 */
export async function startSpecPageServer(): Promise<SpecPageServer> {
  const yaml = readFileSync(SPEC_PATH, 'utf8');
  const page = docsPageEmbedding(yaml);
  const dir = mkdtempSync(join(tmpdir(), 'spec-tls-'));
  const { certPath, keyPath } = selfSignedCertificate(dir, 'spec-page');
  let fetches = 0;
  const server = createServer({ key: readFileSync(keyPath, 'utf8'), cert: readFileSync(certPath, 'utf8') }, (_req, res) => {
    fetches++;
    res.writeHead(200, { 'content-type': 'text/markdown' });
    res.end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `https://127.0.0.1:${(server.address() as AddressInfo).port}/api-reference/create-user.md`,
    yaml,
    certPath,
    fetches: () => fetches,
    resetFetches: () => {
      fetches = 0;
    },
    close: () => {
      server.closeAllConnections();
      server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
