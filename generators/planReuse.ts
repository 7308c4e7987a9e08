import type { Profile } from '../config/profile.ts';
import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import type { CreateUserCase, Expectation } from '../vocabulary/CreateUserCase.ts';
import { freeIdentityParts } from './freeIdentityParts.ts';
import { IDENTITY_PARTS, identityPartsOf, type IdentityPart } from '../spec/identityParts.ts';
import { conflictCodesFor } from './conflictCodesFor.ts';

/** Which identity of an earlier request a new request takes over. */
export interface IdentityReuse {
  /**
   * The parts taken over; `all`: the earlier request's whole identity (every identifier); `free`:
   * what of a refused request's identity is valid on its own and held by no created user
   * (`freeIdentityParts`), to show the refusal left no trace.
   */
  readonly parts: 'all' | 'free' | readonly IdentityPart[];
  /** Which of the earlier identifiers (modulo their count) a reused `identifier` is. */
  readonly identifierIndex: number;
  /**
   * Reuse an email address (when there is one), upper-cased: the same identifier only if emails
   * compare case-insensitively.
   */
  readonly changeEmailCase: boolean;
  /**
   * Reuse the `id` with its case flipped (upper for lower): the same id, since UUIDs compare
   * case-insensitively (RFC 9562; the latitude names no other choice).
   */
  readonly changeIdCase?: boolean;
}

/** The earlier request, as it was actually sent (identities freshened), and what it got. */
export interface ReuseSource {
  readonly body: unknown;
  readonly expectation: Expectation;
  readonly family: string;
  readonly created: boolean;
  /** Its answer when it was refused (a 4xx): `400 invalid_request`; undefined when it created, failed or got no answer. */
  readonly refusedWith: string | undefined;
  /**
   * The identity properties that were not made unique to it (`staleParts`): such a part (an
   * `external_id` too short for the run's token) may be held by a user this run or an earlier one
   * created, so a `free` reuse never re-sends it.
   */
  readonly staleParts: readonly string[];
}

/** What `free` reuse needs besides the source: the spec (what is valid) and the creates that succeeded (what is held). */
export interface FreeReuseContext {
  readonly operation: CreateUserOperation;
  readonly owned: readonly unknown[];
}

/** The case to send and how to finish its body once its own identities have been freshened. */
export interface ReusePlan {
  readonly testCase: CreateUserCase;
  /** Writes the reused parts over the freshened body. */
  readonly overlay: (freshBody: unknown) => unknown;
  /** What was reused, for reports: `external_id`, `identifier (case changed)`. */
  readonly reused: readonly string[];
}

interface Taken {
  readonly part: IdentityPart;
  readonly apply: (out: Record<string, unknown>) => void;
  /** Only the same identifier if emails compare case-insensitively (a profile assumption). */
  readonly caseChanged: boolean;
  /** How reports name it, when more than the part: `id (UUID case changed)`. */
  readonly label?: string;
}

/**
 * The model of the operation's identity rules: what a create that reuses part of an earlier
 * request's identity must get. Reusing a created user's identifier, `external_id` or `id` is a 409
 * with that part's codes (any of them when several collide); reusing the identity of a request
 * that was refused must create, which proves the refusal left no trace. An `id` reused in the
 * other case is the same id (UUIDs compare case-insensitively). `identifierLimitAtLeast` bounds
 * the identifiers sent, so no limit can answer first. `free` reuse needs `freeReuse`.
 */
export function planReuse(template: CreateUserCase, source: ReuseSource, reuse: IdentityReuse, profile: Profile, freeReuse?: FreeReuseContext): ReusePlan {
  const taken =
    reuse.parts === 'free'
      ? freeParts(source, reuse, profile, freeReuse)
      : takenParts(source.body as Record<string, unknown>, { ...reuse, parts: reuse.parts }, profile);
  const overlay = (freshBody: unknown): unknown => {
    const out = { ...(freshBody as Record<string, unknown>) };
    for (const t of taken) t.apply(out);
    return out;
  };
  const reused = taken.map((t) => t.label ?? (t.caseChanged ? `${t.part} (email case changed)` : t.part));
  if (taken.length === 0) return { testCase: template, overlay, reused };
  return { testCase: { ...template, expectation: predict(taken, source, reused, profile), freshIdentities: false }, overlay, reused };
}

function predict(taken: readonly Taken[], source: ReuseSource, reused: readonly string[], profile: Profile): Expectation {
  if (!source.created) {
    // A request that got no answer, or a 5xx, may or may not have written: only a refusal proves nothing was.
    return source.refusedWith === undefined
      ? { kind: 'created' }
      : { kind: 'created', provesNoEffectOf: { answer: source.refusedWith, family: source.family, reused: reused.join(' + ') } };
  }
  const codes = conflictCodesFor(
    taken.map((t) => t.part),
    profile,
  );
  if (taken.some((t) => !t.caseChanged)) return { kind: 'conflict', codes };
  return profile.emailsCaseInsensitive
    ? { kind: 'conflict', codes, assumption: { setting: 'emailsCaseInsensitive', required: profile.emailCaseRuleRequired } }
    : { kind: 'created' };
}

/** `free` reuse as parts to take: the identifiers replace the create's own, the other parts are set. */
function freeParts(source: ReuseSource, reuse: IdentityReuse, profile: Profile, context: FreeReuseContext | undefined): Taken[] {
  if (context === undefined) throw new Error('planReuse: `free` reuse needs the spec and the created users (freeReuse)');
  const free = freeIdentityParts(source.body, context.owned, context.operation, profile, reuse.identifierIndex, source.staleParts);
  const set = (part: IdentityPart, value: unknown): Taken => ({
    part,
    caseChanged: false,
    apply: (out) => {
      out[IDENTITY_PARTS[part].property] = value;
    },
  });
  return [
    ...(free.identifiers.length > 0 ? [set('identifier', free.identifiers)] : []),
    ...(free.externalId !== undefined ? [set('external_id', free.externalId)] : []),
    ...(free.id !== undefined ? [set('id', free.id)] : []),
  ];
}

function takenParts(source: Record<string, unknown>, reuse: IdentityReuse & { parts: 'all' | readonly IdentityPart[] }, profile: Profile): Taken[] {
  const present = identityPartsOf(source);
  if (reuse.parts === 'all') {
    return present.map((part) => {
      const property = IDENTITY_PARTS[part].property;
      return {
        part,
        caseChanged: false,
        apply: (out) => {
          out[property] = source[property];
        },
      };
    });
  }
  return reuse.parts
    .filter((part) => present.includes(part))
    .map((part): Taken => {
      const property = IDENTITY_PARTS[part].property;
      if (part === 'id' && reuse.changeIdCase && typeof source[property] === 'string') {
        const id = source[property];
        const flipped = id === id.toLowerCase() ? id.toUpperCase() : id.toLowerCase();
        return {
          part,
          caseChanged: false,
          label: 'id (UUID case changed)',
          apply: (out) => {
            out[property] = flipped;
          },
        };
      }
      if (part !== 'identifier')
        return {
          part,
          caseChanged: false,
          apply: (out) => {
            out[property] = source[property];
          },
        };
      const identifiers = source['identifiers'] as Array<{ type?: unknown; value?: unknown }>;
      const emails = identifiers.filter((i) => i?.type === 'email_address');
      const candidates = reuse.changeEmailCase && emails.length > 0 ? emails : identifiers;
      const original = candidates[reuse.identifierIndex % candidates.length]!;
      const changeCase =
        reuse.changeEmailCase && original.type === 'email_address' && typeof original.value === 'string' && original.value.toUpperCase() !== original.value;
      const item = changeCase ? { ...original, value: (original.value as string).toUpperCase() } : original;
      return {
        part,
        caseChanged: changeCase,
        apply: (out) => {
          const own: unknown[] = Array.isArray(out['identifiers']) ? out['identifiers'] : [];
          out['identifiers'] = [...own.slice(0, Math.max(0, profile.identifierLimitAtLeast - 1)), item];
        },
      };
    });
}
