import { randomBytes } from 'node:crypto';

const CROCKFORD = '0123456789abcdefghjkmnpqrstvwxyz';

/** A UUIDv7 (RFC 9562): 48-bit millisecond timestamp, version 7, variant 10, random rest. */
export function uuidV7(now = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * TypeID suffix of a UUID: its 128 bits as 26 lowercase Crockford base32 characters (the first
 * one carries 3 bits, so it is 0-7). Prelude's documented user ids are `usr_` + this encoding.
 */
export function typeIdSuffix(uuid: string): string {
  let n = BigInt('0x' + uuid.replaceAll('-', ''));
  const chars = new Array<string>(26);
  for (let i = 25; i >= 0; i--) {
    chars[i] = CROCKFORD[Number(n & 31n)]!;
    n >>= 5n;
  }
  return chars.join('');
}

/** The inverse of `typeIdSuffix`; undefined when the text is not a TypeID suffix. */
export function uuidFromTypeIdSuffix(suffix: string): string | undefined {
  if (!/^[0-7][0-9a-hjkmnp-tv-z]{25}$/.test(suffix)) return undefined;
  let n = 0n;
  for (const c of suffix) n = (n << 5n) | BigInt(CROCKFORD.indexOf(c));
  const hex = n.toString(16).padStart(32, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
