import type { Check } from './Check.ts';

/** No 5xx and no dropped connection, whatever was sent. */
export const noServerError: Check = {
  id: 'no_server_error',
  description: 'The target answers every request, and never with a 5xx.',
  severity: 'error',
  source: '/paths/~1v2~1session~1apps~1{appID}~1users/post/responses (no 5xx is documented)',
  explanation: 'the target answered, and not with a 5xx',
  appliesTo: () => true,
  verify: ({ response, exchange }) => {
    if (response === undefined) return [{ severity: 'error', message: `no response: ${exchange.failure ?? 'unknown failure'}` }];
    if (response.status >= 500) return [{ severity: 'error', message: `server error HTTP ${response.status}.` }];
    return [];
  },
};
