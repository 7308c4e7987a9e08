import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The PEM files of a small private PKI for 127.0.0.1, made by the `openssl` CLI (Node cannot issue certificates). */
export interface TestCertificates {
  /** The CA: what NODE_EXTRA_CA_CERTS names to trust the server, and what the server trusts client certificates from. */
  readonly caPath: string;
  readonly server: { readonly certPath: string; readonly keyPath: string };
  /** Issued by the CA; its key encrypted with `passphrase`. */
  readonly client: { readonly certPath: string; readonly keyPath: string; readonly passphrase: string };
  /** Issued by the CA too, key in the clear: a second identity (the reference's). */
  readonly otherClient: { readonly certPath: string; readonly keyPath: string };
  /** Self-signed: a certificate the server's CA never issued. */
  readonly stranger: { readonly certPath: string; readonly keyPath: string };
}

// EC keys: an order of magnitude faster to make than RSA, and every TLS stack takes them.
const NEW_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

function openssl(args: string[]): void {
  execFileSync('openssl', args, { stdio: 'pipe' });
}

/** A self-signed certificate for 127.0.0.1 (its own CA) and its key, written to `dir`. */
export function selfSignedCertificate(dir: string, name: string, subject = '/CN=127.0.0.1'): { certPath: string; keyPath: string } {
  const certPath = join(dir, `${name}.pem`);
  const keyPath = join(dir, `${name}.key.pem`);
  openssl(['req', '-x509', ...NEW_KEY, '-days', '1', '-subj', subject, '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', keyPath, '-out', certPath]);
  return { certPath, keyPath };
}

/**
 * A CA, a server certificate for 127.0.0.1 and client certificates it issued, written to `dir`
 * (a test's scratch directory: generated at run time, never committed). The passphrase is fixed:
 * nothing in a test depends on a random draw.
 */
export function testCertificates(dir: string): TestCertificates {
  const ca = selfSignedCertificate(dir, 'ca', '/CN=conformance test CA');
  let serial = 1;
  const issue = (name: string, subject: string, extensions: string) => {
    const keyPath = join(dir, `${name}.key.pem`);
    const certPath = join(dir, `${name}.pem`);
    const extFile = join(dir, `${name}.ext`);
    writeFileSync(extFile, `${extensions}\n`);
    openssl(['req', ...NEW_KEY, '-subj', subject, '-keyout', keyPath, '-out', join(dir, `${name}.csr`)]);
    openssl([
      'x509',
      '-req',
      '-in',
      join(dir, `${name}.csr`),
      '-CA',
      ca.certPath,
      '-CAkey',
      ca.keyPath,
      '-set_serial',
      String(serial++),
      '-days',
      '1',
      '-extfile',
      extFile,
      '-out',
      certPath,
    ]);
    return { certPath, keyPath };
  };
  const server = issue('server', '/CN=127.0.0.1', 'subjectAltName=IP:127.0.0.1');
  const client = issue('client', '/CN=conformance-client', 'extendedKeyUsage=clientAuth');
  const otherClient = issue('other-client', '/CN=conformance-reference-client', 'extendedKeyUsage=clientAuth');
  const passphrase = 'correct horse battery staple';
  const encryptedKeyPath = join(dir, 'client.key.encrypted.pem');
  openssl(['pkey', '-in', client.keyPath, '-aes256', '-passout', `pass:${passphrase}`, '-out', encryptedKeyPath]);
  const stranger = selfSignedCertificate(dir, 'stranger', '/CN=stranger');
  return { caPath: ca.certPath, server, client: { certPath: client.certPath, keyPath: encryptedKeyPath, passphrase }, otherClient, stranger };
}
