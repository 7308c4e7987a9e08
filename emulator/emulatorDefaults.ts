/**
 * The emulator's out-of-the-box tenants and token. The suite's configuration falls back to these
 * when no target is configured, so `npm run conformance` needs no setup at all.
 * The app ids are the spec's own `AppID` examples.
 */
export const EMULATOR_DEFAULTS = {
  token: 'emulator-token',
  enabledAppId: '54e9ujn',
  disabledAppId: 'fvua38g',
  bodyLimitBytes: 1024 * 1024,
} as const;
