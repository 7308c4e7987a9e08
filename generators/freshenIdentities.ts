import { createHash, randomUUID } from 'node:crypto';
import { EMAIL_LOCAL_MAX, EMAIL_TOKEN_LENGTH } from './emailAddressClasses.ts';
import { FRESH_NUMBER_SPACE, freshPhoneNumber } from './phoneNumbers.ts';
import { codePointLength } from './_internals/stringArbitrary.ts';

/** A body whose identities were rewritten to be unique, and whether that fully succeeded. */
export interface FreshBody {
  readonly body: unknown;
  readonly fresh: boolean;
  /** The identity properties it could not make unique. */
  readonly stale: readonly string[];
}

type Field = (value: unknown, token: IdentityToken) => { value: unknown; fresh: boolean };

interface IdentityToken {
  /**
   * `<scope>x<sequence>`: unique per send in a run, and distinct between runs. The sequence has a
   * fixed width, so two senders with scopes of one length (a differential run's two sides) make
   * tokens of one length, and a value either side can freshen, the other can too.
   */
  readonly text: string;
  /**
   * A fixed-length digest of the body's `text`, for values too short to hold it (e.g. a
   * 16-character external_id): made only when one is, since most bodies need none.
   */
  readonly compact: () => string;
  /** A number unique per send in a run, offset per run: for digits-only identities. */
  readonly number: number;
}

/** Identifiers one sequence number has room for: a send with more takes several (`sequencesFor`). */
const SLOTS_PER_SEND = 16;
/**
 * A phone number in no numbering plan (the classes on which validators disagree) gets the token in
 * its last digits: its first ones, where what puts it outside every plan lies, are kept.
 */
const SHAPE_ONLY_DIGITS = 7;
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
    const prefix = length >= token.text.length + 2 ? `${token.text}-` : length >= COMPACT_LENGTH + 2 ? `${token.compact()}-` : undefined;
    return prefix === undefined ? { value, fresh: false } : { value: prefix + [...value].slice(prefix.length).join(''), fresh: true };
  },
  id: (value) => {
    const uuid = typeof value === 'string' ? UUID.exec(value) : null;
    if (typeof value !== 'string' || uuid === null) return { value, fresh: true };
    const [, prefix = '', digits = ''] = uuid;
    // The nil and max UUIDs are one value each: they cannot be made fresh.
    if (/^0{8}-0{4}-0{4}-0{4}-0{12}$|^f{8}-f{4}-f{4}-f{4}-f{12}$/i.test(digits)) return { value, fresh: false };
    // A new random UUID with the template's version and variant nibbles and its case: it stays in its class.
    const random = [...randomUUID()];
    random[14] = digits[14]!;
    random[19] = digits[19]!;
    const fresh = random.join('');
    return { value: prefix + (digits === digits.toUpperCase() ? fresh.toUpperCase() : fresh), fresh: true };
  },
};

/** A UUID in any spelling a validator may accept (`urn:uuid:` as Ajv's `format: uuid` does), any nibbles. */
const UUID = /^(urn:uuid:)?([0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12})$/i;

/**
 * How many sequence numbers a send of this body takes: one per `SLOTS_PER_SEND` identifiers, so
 * the digits freshening writes into the phones of a send with a thousand identifiers never meet
 * another send's.
 */
export function sequencesFor(body: unknown): number {
  const identifiers = (body as { identifiers?: unknown } | null)?.identifiers;
  return Array.isArray(identifiers) ? Math.max(1, Math.ceil(identifiers.length / SLOTS_PER_SEND)) : 1;
}

/**
 * Makes a generated body's identities unique to this send: emails get letters made from the run
 * token at the end of their local part, phones get it in their last digits (staying in their numbering plan), `external_id`
 * is prefixed with it, `id` becomes a new UUID. Generated values are templates: a replay or a
 * shrink step re-sends the same shape with new identities, so it never collides with an earlier
 * send, and a rerun against a stateful target never collides with the previous run.
 * `scope` must be unique per sender process in a run (run id + worker index).
 */
export function freshenIdentities(body: unknown, scope: string, sequence: number): FreshBody {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return { body, fresh: true, stale: [] };
  const text = `${scope}x${sequence.toString(36).padStart(SEQUENCE_WIDTH, '0')}`;
  const token: IdentityToken = {
    text,
    compact: () =>
      BigInt(`0x${createHash('sha256').update(text).digest('hex').slice(0, 16)}`)
        .toString(36)
        .padStart(COMPACT_LENGTH, '0')
        .slice(-COMPACT_LENGTH),
    number: runOffset(scope) + sequence * SLOTS_PER_SEND,
  };
  const stale: string[] = [];
  const out: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  for (const [name, field] of Object.entries(IDENTITY_FIELDS)) {
    if (!(name in out)) continue;
    const result = field(out[name], token);
    out[name] = result.value;
    if (!result.fresh) stale.push(name);
  }
  return { body: out, fresh: stale.length === 0, stale };
}

/**
 * An identifier's value made unique by its shape, whatever its `type` says: an invalid case's
 * identifier of a wrong type is as fresh on every send as a valid one, so a replay against a
 * server that remembers what it was sent meets nothing of the run's.
 */
function freshIdentifier(item: unknown, token: IdentityToken): { value: unknown; fresh: boolean } {
  if (item === null || typeof item !== 'object') return { value: item, fresh: false };
  const { value } = item as { value?: unknown };
  if (typeof value !== 'string') return { value: item, fresh: false };
  if (/^\+\d{8,15}$/.test(value)) {
    const inPlan = freshPhoneNumber(value, token.number);
    const shapeOnly = value.slice(0, -SHAPE_ONLY_DIGITS) + String(token.number % 10 ** SHAPE_ONLY_DIGITS).padStart(SHAPE_ONLY_DIGITS, '0');
    return { value: { ...item, value: inPlan ?? shapeOnly }, fresh: true };
  }
  if (value.lastIndexOf('@') > 0) {
    const at = value.lastIndexOf('@');
    return { value: { ...item, value: `${freshLocalPart(value.slice(0, at), emailLetters(token.text))}${value.slice(at)}` }, fresh: true };
  }
  return { value: item, fresh: false };
}

/**
 * Letters only, appended (over the end of a 64-octet local part; inside the quotes of a quoted
 * one): the address keeps its class.
 */
function freshLocalPart(local: string, letters: string): string {
  const quoted = /^"(.*)"$/s.exec(local);
  const text = quoted ? quoted[1]! : local;
  const room = EMAIL_LOCAL_MAX - letters.length - (quoted ? 2 : 0);
  const kept = text.length <= room ? text : [...text].slice(0, Math.max(1, room)).join('');
  return quoted ? `"${kept}${letters}"` : `${kept}${letters}`;
}

/** `EMAIL_TOKEN_LENGTH` lower-case letters from the token's digest: 26^12 values, unique per send in practice. */
function emailLetters(text: string): string {
  // The digest's first 128 bits written in base 26, least significant letter first: each half of
  // the letters fits a Number, where one BigInt division per letter cost more than the hash.
  const n = BigInt(`0x${createHash('sha256').update(text).digest('hex').slice(0, 32)}`);
  const half = EMAIL_TOKEN_LENGTH / 2;
  let out = '';
  for (let part of [Number(n % HALF_OF_THE_LETTERS), Number((n / HALF_OF_THE_LETTERS) % HALF_OF_THE_LETTERS)]) {
    for (let i = 0; i < half; i++) {
      out += String.fromCharCode(97 + (part % 26));
      part = Math.floor(part / 26);
    }
  }
  return out;
}
const HALF_OF_THE_LETTERS = 26n ** BigInt(EMAIL_TOKEN_LENGTH / 2);

const runOffsets = new Map<string, number>();

function runOffset(scope: string): number {
  let offset = runOffsets.get(scope);
  if (offset === undefined) {
    offset = createHash('sha256').update(scope).digest().readUInt32BE(0) % FRESH_NUMBER_SPACE;
    runOffsets.set(scope, offset);
  }
  return offset;
}
