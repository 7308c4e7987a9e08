import type { Profile } from '../config/profile.ts';
import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import { ID_CLASSES } from './identityValueClasses.ts';
import { isRealisticIdentifier } from './realisticIdentifier.ts';

/** The parts of a refused request's identity a later create may re-send: valid, and held by no created user. */
export interface FreeParts {
  readonly identifiers: readonly unknown[];
  readonly externalId?: string;
  readonly id?: string;
}

type Body = Record<string, unknown>;

// Loose keys: a part that matches a created user's under ANY legitimate comparison (emails or
// external ids compared case-insensitively, UUIDs always) counts as held, so no server's choice
// can make a free part collide.
const identifierKey = (item: unknown) => {
  const { type, value } = (item ?? {}) as { type?: unknown; value?: unknown };
  return `${String(type)}:${String(value).toLowerCase()}`;
};
const uuidKey = (id: unknown) => (typeof id === 'string' ? id.replace(/^urn:uuid:/i, '').toLowerCase() : undefined);
const externalIdKey = (externalId: unknown) => (typeof externalId === 'string' ? externalId.toLowerCase() : undefined);

/**
 * What of `source`'s identity (a request as it was sent, since refused) a later create can re-send
 * to show the refusal left no trace: each part valid on its own wherever it is sent (an identifier
 * realism would send, an `external_id` the spec accepts, an RFC 9562 `id`), held by none of the
 * `owned` bodies (the creates that succeeded), and no more identifiers than the profile says are
 * always accepted (from `identifierIndex` on, so every one gets its turn). An invalid part of an
 * invalid request is left out: re-sending it would be refused for itself; and so is what was not
 * made unique to it (`staleParts`), which an earlier send may hold.
 */
export function freeIdentityParts(
  source: unknown,
  owned: readonly unknown[],
  operation: CreateUserOperation,
  profile: Profile,
  identifierIndex: number,
  staleParts: readonly string[] = [],
): FreeParts {
  const body = Object.fromEntries(Object.entries((source ?? {}) as Body).filter(([property]) => !staleParts.includes(property)));
  const heldIdentifiers = new Set(
    owned.flatMap((o) => (Array.isArray((o as Body)['identifiers']) ? ((o as Body)['identifiers'] as unknown[]) : []).map(identifierKey)),
  );
  const heldExternalIds = new Set(owned.map((o) => externalIdKey((o as Body)['external_id'])));
  const heldIds = new Set(owned.map((o) => uuidKey((o as Body)['id'])));
  const sent: readonly unknown[] = Array.isArray(body['identifiers']) ? body['identifiers'] : [];
  const candidates = sent.filter(
    (item, i, all) =>
      isRealisticIdentifier(item) && !heldIdentifiers.has(identifierKey(item)) && all.findIndex((other) => identifierKey(other) === identifierKey(item)) === i,
  );
  const count = Math.min(candidates.length, profile.identifierLimitAtLeast);
  const identifiers = Array.from({ length: count }, (_, k): unknown => candidates[(identifierIndex + k) % candidates.length]);
  const validAlone = (part: Body) => operation.request.validate({ identifiers: [], ...part });
  const externalId = body['external_id'];
  const id = body['id'];
  return {
    identifiers,
    ...(typeof externalId === 'string' && !heldExternalIds.has(externalIdKey(externalId)) && validAlone({ external_id: externalId }) ? { externalId } : {}),
    ...(typeof id === 'string' && !heldIds.has(uuidKey(id)) && validAlone({ id }) && ID_CLASSES.some((c) => c.arbitrary && c.holds(id)) ? { id } : {}),
  };
}
