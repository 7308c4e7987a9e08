import type { CreateUserCase } from '../vocabulary/CreateUserCase.ts';

/** A valid create to the enabled app with fresh identities: it must create the user. */
export function createdCase(family: string, body: unknown): CreateUserCase {
  return { family, app: 'enabled', body, expectation: { kind: 'created' }, freshIdentities: true };
}
