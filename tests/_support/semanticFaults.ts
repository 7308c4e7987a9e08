import { setTimeout as sleep } from 'node:timers/promises';
import { EMULATOR_DEFAULTS } from '../../emulator/emulatorDefaults.ts';
import { typeIdSuffix, uuidV7 } from '../../emulator/typeId.ts';
import type { Fault, FaultAnswer } from './faultyServer.ts';

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };
const GOOD_TOKEN = { authorization: `Bearer ${EMULATOR_DEFAULTS.token}` };

const answer = (status: number, body: unknown): FaultAnswer => ({ status, headers: JSON_HEADERS, body: JSON.stringify(body) });
const created = (): FaultAnswer => answer(201, { id: `usr_${typeIdSuffix(uuidV7())}` });
const codeOf = (a: FaultAnswer): unknown => { try { return (JSON.parse(a.body) as { code?: unknown } | null)?.code; } catch { return undefined; } };

/**
 * Servers that get one piece of the operation's semantics wrong, each a deviation a real
 * implementation could ship. A function (not a constant) where the fault keeps state.
 */
export const SEMANTIC_FAULTS = {
  /** Answers 201 when the identifier is already in use (no uniqueness on identifiers). */
  createsDuplicateIdentifier: (): Fault => async (_r, correct) => {
    const a = await correct();
    return a.status === 409 && codeOf(a) === 'already_in_use' ? created() : a;
  },
  /** Says `external_id_already_in_use` where an identifier is in use. */
  wrongConflictCode: (): Fault => async (_r, correct) => {
    const a = await correct();
    return a.status === 409 && codeOf(a) === 'already_in_use'
      ? answer(409, { code: 'external_id_already_in_use', status: 'conflict', message: 'The provided external id is already in use' })
      : a;
  },
  /** Hands out ids from a tiny pool (like a stateless mock): different users, same id. */
  reusesUserIds: (): Fault => {
    let next = 0;
    const pool = [`usr_${typeIdSuffix(uuidV7())}`, `usr_${typeIdSuffix(uuidV7())}`];
    return async (_r, correct) => {
      const a = await correct();
      return a.status === 201 ? answer(201, { id: pool[next++ % pool.length] }) : a;
    };
  },
  /** Compares emails case-sensitively: `Ann@x` and `ann@x` are two users. */
  caseSensitiveEmails: (): Fault => async (request, correct) => {
    if (!Array.isArray(request.json?.identifiers)) return correct();
    const identifiers = request.json.identifiers.map((i: { type?: string; value?: unknown }) => {
      if (i?.type !== 'email_address' || typeof i.value !== 'string' || !i.value.includes('@')) return i;
      const [local, domain] = i.value.split('@') as [string, string];
      const casePattern = [...local].map((c) => (c >= 'A' && c <= 'Z' ? '1' : '0')).join('');
      return { ...i, value: `${local}-${casePattern}@${domain}` };
    });
    return correct({ body: JSON.stringify({ ...request.json, identifiers }) });
  },
  /** Answers an unknown app with a 404 that carries the disabled-app code. */
  unknownAppSaysDisabled: (): Fault => async (_r, correct) => {
    const a = await correct();
    return codeOf(a) === 'app_not_found' ? answer(404, { code: 'session_disabled', status: 'not_found', message: 'x' }) : a;
  },
  /** Validates the body before looking the app up, and answers an unknown app with 400. */
  unknownAppIsBadRequest: (): Fault => async (_r, correct) => {
    const a = await correct();
    return codeOf(a) === 'app_not_found' ? answer(400, { code: 'invalid_request', status: 'bad_request', message: 'Unknown app.' }) : a;
  },
  /** Ignores the Authorization header altogether. */
  ignoresCredentials: (): Fault => (_r, correct) => correct({ headers: GOOD_TOKEN }),
  /** Refuses a bad token with 401, but only after creating the user. */
  createsThenRefuses: (): Fault => async (request, correct) => {
    if (request.headers.authorization === GOOD_TOKEN.authorization) return correct();
    await correct({ headers: GOOD_TOKEN });
    return answer(401, { code: 'invalid_api_token', status: 'unauthorized', message: 'Bad token.' });
  },
  /** Refuses bad tokens with 403 and its own code: legitimate, only a spec gap. */
  forbidsBadCredentials: (): Fault => async (_r, correct) => {
    const a = await correct();
    return a.status === 401 ? answer(403, { code: 'invalid_api_key', status: 'forbidden', message: 'Bad key.', request_id: 'r1' }) : a;
  },
  /**
   * Checks for an existing user, then inserts a while later (100 ms), without serializing the two:
   * creates of one identity that arrive together all pass the check and all create a user. How many
   * arrive within the window is a race: tests assert that more than one did, never how many.
   */
  racyCreate: (): Fault => {
    const seen = new Set<string>();
    return async (request, correct) => {
      const key = JSON.stringify([request.url, request.json?.identifiers, request.json?.external_id, request.json?.id]);
      if (request.method !== 'POST' || request.json === undefined || seen.has(key)) return correct();
      await sleep(100);
      seen.add(key);
      const a = await correct();
      return a.status === 409 ? created() : a;
    };
  },
  /**
   * Compares client-chosen ids case-sensitively (a text column, no normalisation): the same UUID in
   * the other case becomes another user. Upper-case ids are stored as a different, derived UUID.
   */
  caseSensitiveUuids: (): Fault => async (r, correct) => {
    const id = r.json?.id;
    if (r.method !== 'POST' || typeof id !== 'string' || id === id.toLowerCase()) return correct();
    const lower = id.toLowerCase();
    const derived = lower.slice(0, -1) + (lower.endsWith('0') ? '1' : '0');
    return correct({ body: JSON.stringify({ ...r.json, id: derived }) });
  },
  /**
   * An idempotency cache keyed by the body's bytes: identical creates are one create, even when
   * the body identifies nobody. Identity-less creates sent at once must each create a user.
   */
  dedupesIdenticalBodies: (): Fault => {
    const seen = new Set<string>();
    return async (r, correct) => {
      if (r.method !== 'POST' || r.json === undefined) return correct();
      const key = `${r.url} ${r.body.toString('utf8')}`;
      if (seen.has(key)) return answer(409, { code: 'conflict', status: 'conflict', message: 'Duplicate request.' });
      seen.add(key);
      return correct();
    };
  },
} satisfies Record<string, () => Fault>;
