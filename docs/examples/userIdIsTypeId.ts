// An example checks module (docs/custom-checks.md): run it with
//   create-user-conformance run --checks-module docs/examples/userIdIsTypeId.ts
// From the installed package, import the type from 'create-user-conformance/dist/checks/Check.js'.
import type { Check } from '../../checks/Check.ts';

/** TypeID's alphabet: Crockford base32, lower case (no i, l, o, u). */
const SUFFIX = /^[0-7][0-9a-hjkmnp-tv-z]{25}$/;

/** Why `suffix` is not a TypeID suffix, or undefined when it is one. */
function suffixProblem(suffix: string): string | undefined {
  if (suffix.length !== 26) return `its suffix has ${suffix.length} characters, not 26`;
  if (!/^[0-7]/.test(suffix)) return `its suffix starts with "${suffix[0]}": a 128-bit value leaves the first character 0-7`;
  return SUFFIX.test(suffix) ? undefined : 'its suffix has characters outside lower-case Crockford base32 (0-9, a-z without i, l, o, u)';
}

/**
 * Every module of checks exports `checks`. This one holds a team's own contract that the spec does
 * not state: the spec's prose says only that user ids are "prefixed with 'usr_'" (the built-in
 * `user_id_prefix` checks that much), while the documented examples, and the clients that decode
 * ids back to UUIDv7 timestamps, rely on the TypeID encoding.
 */
export const checks: readonly Check[] = [
  {
    id: 'user_id_is_typeid',
    description: "A created user's id is a TypeID: usr_ + 26 lower-case Crockford base32 characters, the first 0-7.",
    severity: 'error',
    source: '/components/schemas/UserID/examples (usr_01jqebhswje1ka1z7ahr9rfsgt) and the TypeID specification',
    explanation: "the created id is `usr_` followed by a TypeID suffix (a UUID's 128 bits in 26 Crockford base32 characters)",
    appliesTo: ({ response, operation }) =>
      response?.status === operation.successStatus && typeof (response.json as { id?: unknown } | undefined)?.id === 'string',
    // Pure: the answer alone decides; nothing is remembered between exchanges.
    verify: ({ response }) => {
      const id = (response!.json as { id: string }).id;
      const problem = id.startsWith('usr_') ? suffixProblem(id.slice('usr_'.length)) : 'it does not start with usr_';
      return problem === undefined
        ? []
        : [{ severity: 'error', message: `user id ${JSON.stringify(id)} is not a TypeID: ${problem}.`, specPointer: '/components/schemas/UserID/examples' }];
    },
  },
];
