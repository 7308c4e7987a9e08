import { EMULATOR_DEFAULTS } from '../emulator/emulatorDefaults.ts';
import type { SettingReader } from './_internals/settingReader.ts';
import {
  parseClientCertificate,
  REFERENCE_CLIENT_CERTIFICATE,
  TARGET_CLIENT_CERTIFICATE,
  type ClientCertificate,
  type ClientCertificateSettings,
} from './clientCertificate.ts';
import { ConfigError } from './ConfigError.ts';
import { parseExtraHeaders, type ExtraHeader } from './extraHeaders.ts';
import { setting, type SettingKey } from './settings.ts';

/**
 * How messages name each setting of one target, as the user gave it (`--app-id`, `PRELUDE_APP_ID`,
 * `"appId" in conformance.config.json`; for the token, the variable that holds it): the target
 * under test, or the reference of a differential run.
 */
export interface TargetVariables {
  readonly baseUrl: string;
  readonly apiToken: string;
  readonly appId: string;
  readonly disabledAppId: string;
  readonly unknownAppId: string;
}

/** The target under test. `apiToken` is a secret: never print it, never write it to a report. */
export interface TargetConfig {
  readonly kind: 'emulator' | 'external';
  /** How messages name its settings, as the user gave them (for the token: the variable holding it). */
  readonly variables: TargetVariables;
  /** The app settings with their values, as messages show them: `PRELUDE_APP_ID=nope`, `--app-id nope`. */
  readonly given: Pick<TargetVariables, 'appId' | 'disabledAppId'>;
  readonly baseUrl: string;
  readonly apiToken: string;
  readonly appId: string;
  /** Undefined when unknown: the checks that need a disabled app are skipped, and say so. */
  readonly disabledAppId: string | undefined;
  readonly unknownAppId: string;
  /** Sent with every request (`--header`); those from variables are secrets like the token. */
  readonly extraHeaders: readonly ExtraHeader[];
  /** Presented in the TLS handshake of every request to this target (mutual TLS); undefined: none. */
  readonly clientCertificate?: ClientCertificate | undefined;
  /** How messages name this target's certificate settings (to say what to set when it refuses the handshake). */
  readonly clientCertificateSettings: ClientCertificateSettings;
}

/** The settings of each target, by key (see settings.ts). */
const TARGET_KEYS = {
  target: {
    baseUrl: 'baseUrl',
    tokenEnv: 'tokenEnv',
    appId: 'appId',
    disabledAppId: 'disabledAppId',
    unknownAppId: 'unknownAppId',
    passphraseEnv: 'clientKeyPassphraseEnv',
  },
  reference: {
    baseUrl: 'referenceUrl',
    passphraseEnv: 'referenceClientKeyPassphraseEnv',
    tokenEnv: 'referenceTokenEnv',
    appId: 'referenceAppId',
    disabledAppId: 'referenceDisabledAppId',
    unknownAppId: 'referenceUnknownAppId',
  },
} as const satisfies Record<string, Record<string, SettingKey>>;

/**
 * One target's settings. The reference's token and app ids default to the embedded emulator's,
 * since the usual reference is an emulator (ours, or one of the same defaults) run beside the
 * target; each target's unknown app is fresh per run.
 */
export function parseTarget(read: SettingReader, which: keyof typeof TARGET_KEYS, baseUrl: string, unknownAppId: string): TargetConfig {
  const keys = TARGET_KEYS[which];
  const external = which === 'reference' || read.text('baseUrl') !== undefined;
  // An external target has no defaults to fall back on; the reference has the emulator's.
  const required = which === 'target' && external;
  const named = read.text(keys.tokenEnv);
  const tokenVariable = named ?? (which === 'target' ? setting('apiToken').variable : setting('referenceApiToken').variable);
  // A variable named for the token must hold one, whatever the target: a typo must not fall back on the emulator's.
  if (named !== undefined && read.raw(named) === undefined) throw new ConfigError(`${read.name(keys.tokenEnv)} names ${named}, which is not set.`);
  // The passphrase is read from the variable --client-key-passphrase-env names, when it names one.
  const certificateSettings = which === 'target' ? TARGET_CLIENT_CERTIFICATE : REFERENCE_CLIENT_CERTIFICATE;
  const passphraseIn = read.text(keys.passphraseEnv);
  const certificate =
    passphraseIn === undefined ? certificateSettings : { ...certificateSettings, passphrase: { ...certificateSettings.passphrase, variable: passphraseIn } };
  const appId = read.text(keys.appId) ?? (required ? missing(read.name(keys.appId), 'an app with session management enabled') : EMULATOR_DEFAULTS.enabledAppId);
  const disabledAppId = read.text(keys.disabledAppId) ?? (required ? undefined : EMULATOR_DEFAULTS.disabledAppId);
  return {
    kind: external ? 'external' : 'emulator',
    variables: {
      baseUrl: read.name(keys.baseUrl),
      apiToken: tokenVariable,
      appId: read.name(keys.appId),
      disabledAppId: read.name(keys.disabledAppId),
      unknownAppId: read.name(keys.unknownAppId),
    },
    given: { appId: read.name(keys.appId, appId), disabledAppId: read.name(keys.disabledAppId, disabledAppId ?? '') },
    baseUrl: baseUrl.replace(/\/+$/, ''),
    apiToken: read.raw(tokenVariable) ?? (required ? missing(tokenVariable, 'the bearer token of the target') : EMULATOR_DEFAULTS.token),
    appId,
    disabledAppId,
    unknownAppId: read.text(keys.unknownAppId) ?? unknownAppId,
    extraHeaders: which === 'target' ? parseExtraHeaders(read.text('headers'), read.env) : [],
    clientCertificate: parseClientCertificate(read.env, certificate),
    clientCertificateSettings: certificate,
  };
}

function missing(name: string, what: string): never {
  throw new ConfigError(`${name} is not set: with a base URL set, the suite needs ${what}.`);
}
