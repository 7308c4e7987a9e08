import type { Profile } from '../config/profile.ts';
import type { CreateUserCase, Expectation } from '../vocabulary/CreateUserCase.ts';
import { conflictCodesFor, IDENTITY_PARTS, identityPartsOf, type IdentityPart } from './identityParts.ts';

/** Which identity of an earlier request a new request takes over. */
export interface IdentityReuse {
  /** The parts taken over; `all`: the earlier request's whole identity (every identifier). */
  readonly parts: 'all' | readonly IdentityPart[];
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

/** The earlier request, as it was actually sent (identities freshened), and whether it created a user. */
export interface ReuseSource {
  readonly body: unknown;
  readonly expectation: Expectation;
  readonly created: boolean;
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
 * that created nothing (refused for its credentials, say) must create, which proves it created
 * nothing. An `id` reused in the other case is the same id (UUIDs compare case-insensitively).
 * `identifierLimitAtLeast` bounds the identifiers sent, so no limit can answer first.
 */
export function planReuse(template: CreateUserCase, source: ReuseSource, reuse: IdentityReuse, profile: Profile): ReusePlan {
  const taken = takenParts(source.body as Record<string, unknown>, reuse, profile);
  const overlay = (freshBody: unknown): unknown => {
    const out = { ...(freshBody as Record<string, unknown>) };
    for (const t of taken) t.apply(out);
    return out;
  };
  const reused = taken.map((t) => t.label ?? (t.caseChanged ? `${t.part} (email case changed)` : t.part));
  if (taken.length === 0) return { testCase: template, overlay, reused };
  return { testCase: { ...template, expectation: predict(taken, source, profile), freshIdentities: false }, overlay, reused };
}

function predict(taken: readonly Taken[], source: ReuseSource, profile: Profile): Expectation {
  if (!source.created) {
    return source.expectation.kind === 'unauthenticated' ? { kind: 'created', provesNoEffectOf: 'unauthenticated' } : { kind: 'created' };
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

function takenParts(source: Record<string, unknown>, reuse: IdentityReuse, profile: Profile): Taken[] {
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
