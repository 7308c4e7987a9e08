import { createHash, randomUUID } from 'node:crypto';
import { EMAIL_LOCAL_MAX, EMAIL_TOKEN_LENGTH } from './emailAddressClasses.ts';
import { FRESH_DIGITS } from './phoneNumberPlans.ts';
import { codePointLength } from './_internals/stringArbitrary.ts';

/** A body whose identities were rewritten to be unique, and whether that fully succeeded. */
export interface FreshBody {
  readonly body: unknown;
  readonly fresh: boolean;
}

type Field = (value: unknown, token: IdentityToken) => { value: unknown; fresh: boolean };

interface IdentityToken {
  /**
   * `<scope>x<sequence>`: unique per send in a run, and distinct between runs. The sequence has a
   * fixed width, so two senders with scopes of one length (a differential run's two sides) make
   * tokens of one length, and a value either side can freshen, the other can too.
   */
  readonly text: string;
  /** A fixed-length digest of `text`, for values too short to hold it (e.g. a 16-character external_id). */
  readonly compact: string;
  /** A number unique per send in a run, offset per run: for digits-only identities. */
  readonly number: number;
}

const SLOTS_PER_SEND = 16;
const SEQUENCE_WIDTH = 4;
const COMPACT_LENGTH = 10;

// The properties that identify a user (the ones the 409 codes are about). Adding an identity
// property is adding an entry; anything not listed is sent as generated.
const IDENTITY_FIELDS: Readonly<Record<string, Field>> = {
  identifiers: (value, token) => {
    if (!Array.isArray(value)) return { value, fresh: true };
    // One value sent twice (or under both types) stays one value: freshened once, where it first appears.
    const freshened = new Map<string, { value: unknown; fresh: boolean }>();
    const items = value.map((item, index) => {
      const raw = (item as { value?: unknown } | null)?.value;
      const first = typeof raw === 'string' ? freshened.get(raw) : undefined;
      if (first !== undefined) return { value: { ...(item as object), value: (first.value as { value: unknown }).value }, fresh: first.fresh };
      const result = freshIdentifier(item, { ...token, text: `${token.text}i${index}`, number: token.number + index });
      if (typeof raw === 'string') freshened.set(raw, result);
      return result;
    });
    return { value: items.map((i) => i.value), fresh: items.every((i) => i.fresh) };
  },
  external_id: (value, token) => {
    if (typeof value !== 'string') return { value, fresh: true };
    const length = codePointLength(value);
    // Keep the generated length when it can hold a token, so length boundaries stay exact.
    const prefix = [`${token.text}-`, `${token.compact}-`].find((p) => length >= p.length + 1);
    return prefix === undefined ? { value, fresh: false } : { value: prefix + [...value].slice(prefix.length).join(''), fresh: true };
  },
  id: (value) => {
    if (typeof value !== 'string' || !/^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(value)) return { value, fresh: true };
    const uuid = randomUUID();
    return { value: value === value.toUpperCase() ? uuid.toUpperCase() : uuid, fresh: true };
  },
};

/**
 * Makes a generated body's identities unique to this send: emails get letters made from the run
 * token at the end of their local part, phones get it in their last digits (staying in their numbering plan), `external_id`
 * is prefixed with it, `id` becomes a new UUID. Generated values are templates: a replay or a
 * shrink step re-sends the same shape with new identities, so it never collides with an earlier
 * send, and a rerun against a stateful target never collides with the previous run.
 * `scope` must be unique per sender process in a run (run id + worker index).
 */
export function freshenIdentities(body: unknown, scope: string, sequence: number): FreshBody {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return { body, fresh: true };
  const text = `${scope}x${sequence.toString(36).padStart(SEQUENCE_WIDTH, '0')}`;
  const token: IdentityToken = {
    text,
    compact: BigInt(`0x${createHash('sha256').update(text).digest('hex').slice(0, 16)}`)
      .toString(36)
      .padStart(COMPACT_LENGTH, '0')
      .slice(-COMPACT_LENGTH),
    number: runOffset(scope) + sequence * SLOTS_PER_SEND,
  };
  let fresh = true;
  const out: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  for (const [name, field] of Object.entries(IDENTITY_FIELDS)) {
    if (!(name in out)) continue;
    const result = field(out[name], token);
    out[name] = result.value;
    fresh &&= result.fresh;
  }
  return { body: out, fresh };
}

function freshIdentifier(item: unknown, token: IdentityToken): { value: unknown; fresh: boolean } {
  if (item === null || typeof item !== 'object') return { value: item, fresh: false };
  const { type, value } = item as { type?: unknown; value?: unknown };
  if (typeof value !== 'string') return { value: item, fresh: false };
  if (type === 'email_address' && /^[^@]+@[^@]+$/.test(value)) {
    const [local, domain] = value.split('@') as [string, string];
    // Letters only, appended (or over the end of a 64-octet local part): the address keeps its class.
    const letters = emailLetters(token.text);
    const kept = [...local].slice(0, Math.max(1, EMAIL_LOCAL_MAX - EMAIL_TOKEN_LENGTH)).join('');
    return { value: { ...item, value: `${local.length + letters.length <= EMAIL_LOCAL_MAX ? local : kept}${letters}@${domain}` }, fresh: true };
  }
  if (type === 'phone_number' && /^\+\d{8,15}$/.test(value)) {
    const digits = String(token.number % 10 ** FRESH_DIGITS).padStart(FRESH_DIGITS, '0');
    return { value: { ...item, value: value.slice(0, -FRESH_DIGITS) + digits }, fresh: true };
  }
  return { value: item, fresh: false };
}

/** `EMAIL_TOKEN_LENGTH` lower-case letters from the token's digest: 26^12 values, unique per send in practice. */
function emailLetters(text: string): string {
  let n = BigInt(`0x${createHash('sha256').update(text).digest('hex').slice(0, 32)}`);
  let out = '';
  for (let i = 0; i < EMAIL_TOKEN_LENGTH; i++) {
    out += String.fromCharCode(97 + Number(n % 26n));
    n /= 26n;
  }
  return out;
}

function runOffset(scope: string): number {
  return createHash('sha256').update(scope).digest().readUInt32BE(0) % 10 ** FRESH_DIGITS;
}
