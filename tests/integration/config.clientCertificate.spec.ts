import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseClientCertificate, REFERENCE_CLIENT_CERTIFICATE, TARGET_CLIENT_CERTIFICATE } from '../../config/clientCertificate.ts';
import { runSecrets } from '../../config/runSecrets.ts';
import { parseSuiteConfig } from '../../config/suiteConfig.ts';
import { targetEnv } from '../_support/runConformance.ts';
import { scratchDir } from '../_support/scratchDir.ts';
import { testCertificates, type TestCertificates } from '../_support/testCertificates.ts';

// Certificates made by openssl at run time, once for the file (its tests only read them).
let pki: TestCertificates;
let dir: string;
test.beforeAll(() => {
  dir = scratchDir('pki');
  pki = testCertificates(dir);
});

const env = (cert: string | undefined, key: string | undefined, passphrase?: string) => ({
  ...(cert === undefined ? {} : { CONFORMANCE_CLIENT_CERT: cert }),
  ...(key === undefined ? {} : { CONFORMANCE_CLIENT_KEY: key }),
  ...(passphrase === undefined ? {} : { CONFORMANCE_CLIENT_KEY_PASSPHRASE: passphrase }),
});

test('a client certificate with its encrypted key and passphrase is read, proven to match, and its passphrase is a secret of the run', () => {
  const certificate = parseClientCertificate(env(pki.client.certPath, pki.client.keyPath, pki.client.passphrase), TARGET_CLIENT_CERTIFICATE)!;
  expect(certificate.subject).toBe('CN=conformance-client');
  expect(certificate.cert).toContain('-----BEGIN CERTIFICATE-----');
  expect(certificate.passphrase).toBe(pki.client.passphrase);
  expect(parseClientCertificate({}, TARGET_CLIENT_CERTIFICATE)).toBeUndefined();

  const config = parseSuiteConfig({
    ...targetEnv('https://127.0.0.1:9'),
    ...env(pki.client.certPath, pki.client.keyPath, pki.client.passphrase),
    PRELUDE_REFERENCE_URL: 'https://127.0.0.1:10',
    PRELUDE_REFERENCE_CLIENT_CERT: pki.otherClient.certPath,
    PRELUDE_REFERENCE_CLIENT_KEY: pki.otherClient.keyPath,
  });
  expect(config.target.clientCertificate?.subject).toBe('CN=conformance-client');
  // Each target presents its own: the target's certificate never goes to the reference.
  expect(config.reference?.clientCertificate?.subject).toBe('CN=conformance-reference-client');
  expect(runSecrets(config)).toContain(pki.client.passphrase);
  // A replay presents the same files (absolute paths), and reads the passphrase from the environment again.
  expect(config.replayEnv).toMatchObject({ CONFORMANCE_CLIENT_CERT: pki.client.certPath, PRELUDE_REFERENCE_CLIENT_KEY: pki.otherClient.keyPath });
  expect(Object.keys(config.replayEnv)).not.toContain('CONFORMANCE_CLIENT_KEY_PASSPHRASE');
});

test('every unusable client certificate is one line naming the setting to fix', () => {
  const { client, otherClient, stranger } = pki;
  const cases: Array<[Record<string, string>, string]> = [
    [
      env(client.certPath, undefined),
      'CONFORMANCE_CLIENT_CERT (--client-cert) is set without CONFORMANCE_CLIENT_KEY (--client-key): a client certificate needs its private key.',
    ],
    [
      env(undefined, otherClient.keyPath),
      'CONFORMANCE_CLIENT_KEY (--client-key) is set without CONFORMANCE_CLIENT_CERT (--client-cert): a client key needs its certificate.',
    ],
    [env(undefined, undefined, 'x'), 'CONFORMANCE_CLIENT_KEY_PASSPHRASE is set, but no client key is (CONFORMANCE_CLIENT_KEY (--client-key)).'],
    [env(join(dir, 'missing.pem'), otherClient.keyPath), `CONFORMANCE_CLIENT_CERT (--client-cert): cannot read ${join(dir, 'missing.pem')} (ENOENT).`],
    [env(otherClient.keyPath, otherClient.keyPath), `CONFORMANCE_CLIENT_CERT (--client-cert) (${otherClient.keyPath}) is not a PEM certificate.`],
    [env(otherClient.certPath, otherClient.certPath), `CONFORMANCE_CLIENT_KEY (--client-key) (${otherClient.certPath}) is not a PEM private key.`],
    [
      env(otherClient.certPath, stranger.keyPath),
      `CONFORMANCE_CLIENT_KEY (--client-key) (${stranger.keyPath}) is not the private key of CONFORMANCE_CLIENT_CERT (--client-cert) (${otherClient.certPath}, CN=conformance-reference-client): they do not match.`,
    ],
    [
      env(client.certPath, client.keyPath),
      `CONFORMANCE_CLIENT_KEY (--client-key) (${client.keyPath}) is encrypted: set its passphrase in CONFORMANCE_CLIENT_KEY_PASSPHRASE (or name the variable holding it with --client-key-passphrase-env).`,
    ],
    [
      env(client.certPath, client.keyPath, 'not it'),
      `CONFORMANCE_CLIENT_KEY_PASSPHRASE does not decrypt CONFORMANCE_CLIENT_KEY (--client-key) (${client.keyPath}): wrong passphrase.`,
    ],
  ];
  for (const [given, message] of cases) expect(() => parseClientCertificate(given, TARGET_CLIENT_CERTIFICATE), JSON.stringify(given)).toThrow(message);
  // The reference's settings are named as the reference's.
  expect(() => parseClientCertificate({ PRELUDE_REFERENCE_CLIENT_CERT: client.certPath }, REFERENCE_CLIENT_CERTIFICATE)).toThrow(
    'PRELUDE_REFERENCE_CLIENT_CERT (--reference-client-cert) is set without PRELUDE_REFERENCE_CLIENT_KEY (--reference-client-key)',
  );
});

test('one PEM file holding the certificate, its chain and its key serves as both', () => {
  const bundle = join(dir, 'bundle.pem');
  writeFileSync(bundle, [pki.otherClient.certPath, pki.caPath, pki.otherClient.keyPath].map((p) => readFileSync(p, 'utf8')).join(''));
  expect(parseClientCertificate(env(bundle, bundle), TARGET_CLIENT_CERTIFICATE)?.subject).toBe('CN=conformance-reference-client');
});
