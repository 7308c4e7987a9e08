/** The business-rule code for too many identifiers: the one 400 a valid request may legitimately get. */
export const TOO_MANY_IDENTIFIERS = 'too_many_user_identifiers';

/** How many identifiers a request body carries (0 when `identifiers` is not an array). */
export function identifierCount(body: unknown): number {
  const identifiers = (body as { identifiers?: unknown } | null)?.identifiers;
  return Array.isArray(identifiers) ? identifiers.length : 0;
}
