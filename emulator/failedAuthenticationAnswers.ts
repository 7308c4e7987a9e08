import type { ServerChoices } from '../spec/latitude.ts';
import type { EmulatorAnswer } from './EmulatorAnswer.ts';

const MESSAGE = 'The API token is missing or invalid.';

/**
 * The answer to a missing or bad token, per legitimate choice: the spec documents none, so 401 or
 * 403 with any body (Prelude's other APIs use `invalid_api_token`) are all conformant.
 */
export const FAILED_AUTHENTICATION_ANSWERS: Readonly<Record<ServerChoices['failedAuthentication'], EmulatorAnswer>> = {
  '401-json': { status: 401, body: { code: 'invalid_api_token', status: 'unauthorized', message: MESSAGE } },
  '403-json': { status: 403, body: { code: 'invalid_api_token', status: 'forbidden', message: MESSAGE } },
  '401-empty': { status: 401, body: '', headers: { 'www-authenticate': 'Bearer' } },
  '403-text': { status: 403, body: 'Forbidden' },
};
