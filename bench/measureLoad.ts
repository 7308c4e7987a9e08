import { createLoad } from './_internals/createLoad.ts';

/**
 * Requests per second a server sustains under autocannon with `connections` keep-alive
 * connections, each request a create with a new identity (so the emulator really creates users;
 * a repeated body would only measure its 409 path).
 */
export async function loadRequestsPerSecond(baseUrl: string, seconds: number, connections = 16, tag = 'load'): Promise<number> {
  const result = await createLoad(baseUrl, { connections, duration: seconds }, (n) => ({
    identifiers: [{ type: 'email_address', value: `${tag}.${n}@example.com` }],
    external_id: `${tag}-${n}`,
  }));
  if (result.non2xx > result.requests.total / 2) {
    throw new Error(`${baseUrl} answered ${result.non2xx} of ${result.requests.total} load requests with non-2xx: the load is not measuring creates`);
  }
  return result.requests.total / seconds;
}

/** Creates `users` users as fast as the server takes them (for the memory figure). */
export async function createUsers(baseUrl: string, users: number, connections = 16): Promise<void> {
  await createLoad(baseUrl, { connections, amount: users }, (n) => ({
    identifiers: [
      { type: 'email_address', value: `mem.${n}@example.com` },
      { type: 'phone_number', value: `+1415${String(n).padStart(7, '0')}` },
    ],
    external_id: `mem-${n}`,
    profile: { first_name: 'Ada', last_name: 'Lovelace' },
  }));
}
