import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from './ConfigError.ts';
import { setting, type SettingKey } from './settings.ts';

/** A setting as a message names it: its variable, and the flag that sets it (`--client-cert`). */
export interface NamedSetting {
  readonly variable: string;
  readonly flag: string;
}

/** Where one target's client certificate is read from (see TARGET_ / REFERENCE_CLIENT_CERTIFICATE). */
export interface ClientCertificateSettings {
  readonly cert: NamedSetting;
  readonly key: NamedSetting;
  /** Holds the passphrase itself (a secret, like the token): its flag names another variable that holds it. */
  readonly passphrase: NamedSetting;
}

/** The target's: staging behind mutual TLS. */
export const TARGET_CLIENT_CERTIFICATE: ClientCertificateSettings = namedBy('clientCert', 'clientKey', 'clientKeyPassphrase', 'clientKeyPassphraseEnv');

/**
 * The reference's own: a certificate identifies this client to one gateway, as a token does, so it
 * is presented only where it was configured for, never to the other target of a differential run.
 */
export const REFERENCE_CLIENT_CERTIFICATE: ClientCertificateSettings = namedBy(
  'referenceClientCert',
  'referenceClientKey',
  'referenceClientKeyPassphrase',
  'referenceClientKeyPassphraseEnv',
);

function namedBy(cert: SettingKey, key: SettingKey, passphrase: SettingKey, passphraseEnv: SettingKey): ClientCertificateSettings {
  const named = (k: SettingKey) => ({ variable: setting(k).variable, flag: `--${setting(k).flag}` });
  return { cert: named(cert), key: named(key), passphrase: { variable: setting(passphrase).variable, flag: named(passphraseEnv).flag } };
}

/**
 * A client certificate for a target behind mutual TLS, read and proven usable at start-up: the
 * transport hands `cert`, `key` and `passphrase` to the TLS connection of every request to that
 * target. The paths are not secrets (a replay reuses them); the passphrase is, and is redacted everywhere.
 */
export interface ClientCertificate {
  /** PEM: the certificate, then any intermediates the target needs to build the chain. */
  readonly cert: string;
  /** PEM, possibly encrypted. */
  readonly key: string;
  readonly passphrase: string | undefined;
  readonly certPath: string;
  readonly keyPath: string;
  /** The certificate's subject, for messages about it. */
  readonly subject: string;
  readonly settings: ClientCertificateSettings;
}

type Env = Readonly<Record<string, string | undefined>>;

// How a key that does not load is explained; the first that matches says it.
const KEY_PROBLEMS: ReadonlyArray<{
  readonly when: (pem: string, passphrase: string | undefined, code: string) => boolean;
  readonly say: (s: Said) => string;
}> = [
  {
    when: (pem, passphrase) => isEncrypted(pem) && passphrase === undefined,
    say: (s) =>
      `${s.key} (${s.keyPath}) is encrypted: set its passphrase in ${s.settings.passphrase.variable} (or name the variable holding it with ${s.settings.passphrase.flag}).`,
  },
  {
    when: (pem, _passphrase, code) => isEncrypted(pem) && /BAD_DECRYPT|INTERRUPTED_OR_CANCELLED/.test(code),
    say: (s) => `${s.settings.passphrase.variable} does not decrypt ${s.key} (${s.keyPath}): wrong passphrase.`,
  },
  { when: () => true, say: (s) => `${s.key} (${s.keyPath}) is not a PEM private key.` },
];

interface Said {
  readonly settings: ClientCertificateSettings;
  /** `CONFORMANCE_CLIENT_KEY (--client-key)` */
  readonly key: string;
  readonly keyPath: string;
}

/**
 * The client certificate `env` configures under `settings`, or undefined when none is. Everything
 * that would only fail later, as a refused handshake on the first request, fails here instead as
 * one ConfigError naming the setting: a file that cannot be read, a certificate without its key
 * (or the reverse), a key that is not the certificate's, an encrypted key without its passphrase
 * or with a wrong one.
 */
export function parseClientCertificate(env: Env, settings: ClientCertificateSettings): ClientCertificate | undefined {
  const named = (s: NamedSetting) => `${s.variable} (${s.flag})`;
  const certPath = env[settings.cert.variable] || undefined;
  const keyPath = env[settings.key.variable] || undefined;
  const passphrase = env[settings.passphrase.variable] || undefined;
  if (certPath === undefined && keyPath === undefined) {
    if (passphrase !== undefined) throw new ConfigError(`${settings.passphrase.variable} is set, but no client key is (${named(settings.key)}).`);
    return undefined;
  }
  if (keyPath === undefined)
    throw new ConfigError(`${named(settings.cert)} is set without ${named(settings.key)}: a client certificate needs its private key.`);
  if (certPath === undefined) throw new ConfigError(`${named(settings.key)} is set without ${named(settings.cert)}: a client key needs its certificate.`);
  const cert = readPem(named(settings.cert), certPath);
  const key = readPem(named(settings.key), keyPath);
  let certificate: X509Certificate;
  try {
    // The first certificate of the file is the client's own; the rest is its chain.
    certificate = new X509Certificate(cert);
  } catch {
    throw new ConfigError(`${named(settings.cert)} (${resolve(certPath)}) is not a PEM certificate.`);
  }
  const privateKey = loadKey(key, passphrase, { settings, key: named(settings.key), keyPath: resolve(keyPath) });
  if (!certificate.checkPrivateKey(privateKey)) {
    throw new ConfigError(
      `${named(settings.key)} (${resolve(keyPath)}) is not the private key of ${named(settings.cert)} (${resolve(certPath)}, ${certificate.subject.replaceAll('\n', ', ')}): they do not match.`,
    );
  }
  return { cert, key, passphrase, certPath: resolve(certPath), keyPath: resolve(keyPath), subject: certificate.subject.replaceAll('\n', ', '), settings };
}

function readPem(named: string, path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`${named}: cannot read ${resolve(path)} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
}

function loadKey(pem: string, passphrase: string | undefined, said: Said): KeyObject {
  try {
    if (isEncrypted(pem) && passphrase === undefined) throw Object.assign(new Error('no passphrase'), { code: 'NO_PASSPHRASE' });
    return createPrivateKey({ key: pem, format: 'pem', ...(passphrase === undefined ? {} : { passphrase }) });
  } catch (error) {
    const code = String((error as NodeJS.ErrnoException).code ?? '');
    throw new ConfigError(KEY_PROBLEMS.find((p) => p.when(pem, passphrase, code))!.say(said));
  }
}

// PKCS#8 and the traditional OpenSSL form: both say so in the clear.
function isEncrypted(pem: string): boolean {
  return /-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type:\s*4,ENCRYPTED/.test(pem);
}
