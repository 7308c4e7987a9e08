/**
 * How the emulator validates and compares identifier values, per identifier type. The spec types
 * `value` as any string; these rules are what the real API is assumed to do (E.164 phones, valid
 * emails compared case-insensitively). A type without an entry is accepted and compared as sent.
 */
export const IDENTIFIER_RULES: Readonly<Record<string, { valid: RegExp; key: (value: string) => string }>> = {
  phone_number: { valid: /^\+[1-9]\d{6,14}$/, key: (value) => value },
  email_address: {
    valid: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i,
    key: (value) => value.toLowerCase(),
  },
};
