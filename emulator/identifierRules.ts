import { createRequire } from 'node:module';
import validatorIsEmail from 'validator/lib/isEmail.js';
import type { ServerChoices } from '../spec/latitude.ts';

// libphonenumber-js's CommonJS build: its ES build is some ninety modules, each resolved and loaded
// through the test runner's ESM loader hooks when the runner serves the embedded emulator.
const { isValidPhoneNumber } = createRequire(import.meta.url)('libphonenumber-js/max') as typeof import('libphonenumber-js/max');

type Validation = Pick<ServerChoices, 'phoneValidation' | 'emailValidation'>;

/** One identifier type: whether a value is valid under the server's choices, and the key duplicates are found by. */
interface IdentifierRule {
  readonly valid: (value: string, choices: Validation) => boolean;
  readonly key: (value: string) => string;
}

// The dot-atom address as zod's `email` and the HTML form rule take it: ASCII, no quotes, a host name.
const EMAIL_PATTERN = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/** Each legitimate way to check a value (`LATITUDE.phoneValidation`, `emailValidation`), with the library real servers use. */
const PHONE_CHECKS: Readonly<Record<Validation['phoneValidation'], (value: string) => boolean>> = {
  'e164-shape': (value) => /^\+[1-9]\d{6,14}$/.test(value),
  'numbering-plan': (value) => isValidPhoneNumber(value),
};
const EMAIL_CHECKS: Readonly<Record<Validation['emailValidation'], (value: string) => boolean>> = {
  pattern: (value) => EMAIL_PATTERN.test(value),
  // The package is CommonJS: its default export is the module, whose `default` is the function.
  isEmail: (value) => validatorIsEmail.default(value),
};

/**
 * How the emulator validates and compares identifier values, per identifier type. The spec types
 * `value` as any string; these rules are what a real service does (phones by E.164 shape or by
 * numbering plan, emails by a pattern or by `validator`'s `isEmail`, as the latitude allows;
 * emails compared case-insensitively). A type without an entry is accepted and compared as sent.
 */
export const IDENTIFIER_RULES: Readonly<Record<string, IdentifierRule>> = {
  phone_number: { valid: (value, choices) => PHONE_CHECKS[choices.phoneValidation](value), key: (value) => value },
  email_address: { valid: (value, choices) => EMAIL_CHECKS[choices.emailValidation](value), key: (value) => value.toLowerCase() },
};
