import type { Check, CheckInput } from './Check.ts';
import type { Violation } from '../vocabulary/Finding.ts';
import { describeResponse, errorFields } from './errorBody.ts';
import { identifierCount, TOO_MANY_IDENTIFIERS as TOO_MANY } from '../spec/identifierLimit.ts';
import { LATITUDE } from '../spec/latitude.ts';
import { reservedKeysIn } from '../spec/reservedKeys.ts';

/**
 * A valid request with fresh identities on an enabled app is created, or gets a documented
 * business-rule error that is consistent: `too_many_user_identifiers` only above the profile's
 * minimum limit, and monotonic in the number of identifiers (if n is too many, so is n+1). A
 * request whose validity the spec leaves open (`orRejected`) may also get that rejection.
 */
export const positiveAcceptance: Check = {
  id: 'positive_acceptance',
  description: 'A valid request with fresh identities on an enabled app is created (201), or gets a consistent business-rule error.',
  severity: 'error',
  source: '/components/schemas/PostUserRequest',
  explanation:
    "a valid request with fresh identities on an enabled app is created (201), or gets a consistent business-rule error: `too_many_user_identifiers` only above the profile's minimum and monotonic in the identifier count; a request carrying a value mainstream validators disagree on may also get 400; a 400 for a reserved key (`__proto__`, `constructor`, `prototype`) is a warning that names it",
  appliesTo: ({ testCase, response }) => testCase.expectation.kind === 'created' && testCase.app === 'enabled' && response !== undefined,
  verify: (input) => {
    const { response, operation, testCase } = input;
    const count = identifierCount(testCase.body);
    if (response!.status === operation.successStatus) return acceptedWith(count, input);
    if (response!.status === 400 && errorFields(response).code === TOO_MANY) return rejectedAsTooMany(count, input);
    if (response!.status === 409 && !testCase.freshIdentities) return [];
    const open = testCase.expectation.kind === 'created' ? testCase.expectation.orRejected : undefined;
    if (open && response!.status === open.status && open.codes.includes(errorFields(response).code ?? '')) return [];
    const reserved = reservedKeysIn(testCase.body);
    if (response!.status === 400 && reserved.length > 0) {
      return [
        {
          severity: 'warning',
          message: `${LATITUDE.reservedKeys.seen}: answered ${describeResponse(response!)} to a valid request with the key ${reserved.map((k) => JSON.stringify(k)).join(', ')}, which the spec's schema allows (latitude: ${LATITUDE.reservedKeys.text}).`,
          specPointer: operation.request.schemaPointer,
        },
      ];
    }
    return [
      {
        severity: 'error',
        // What was seen first, then why it was due: the reader's question is "what did it answer?".
        message: open
          ? `answered ${describeResponse(response!)} where ${operation.successStatus}, or ${open.status} ${open.codes.join('/')}, was due: a request the spec's request schema accepts (${open.because}).`
          : `answered ${describeResponse(response!)} where ${operation.successStatus} was due: a valid request (fresh identities, enabled app) that the spec's request schema accepts.`,
        specPointer: operation.request.schemaPointer,
      },
    ];
  },
  // The limit seen so far, for the monotonicity rule of later exchanges.
  observe: ({ response, operation, testCase, history }) => {
    const count = identifierCount(testCase.body);
    if (response!.status === operation.successStatus) history.maxAcceptedIdentifiers = Math.max(history.maxAcceptedIdentifiers, count);
    else if (response!.status === 400 && errorFields(response).code === TOO_MANY)
      history.minRejectedIdentifiers = Math.min(history.minRejectedIdentifiers, count);
  },
};

function acceptedWith(count: number, { history }: CheckInput): Violation[] {
  return count >= history.minRejectedIdentifiers
    ? [
        {
          severity: 'error',
          message: `created a user with ${count} identifiers after refusing ${history.minRejectedIdentifiers} as ${TOO_MANY}: the limit is not monotonic.`,
        },
      ]
    : [];
}

function rejectedAsTooMany(count: number, { history, profile }: CheckInput): Violation[] {
  if (count <= profile.identifierLimitAtLeast) {
    return [
      {
        severity: 'error',
        message: `${count} identifier(s) refused as ${TOO_MANY}; the profile requires at least ${profile.identifierLimitAtLeast} to be accepted (identifierLimitAtLeast).`,
      },
    ];
  }
  return count <= history.maxAcceptedIdentifiers
    ? [
        {
          severity: 'error',
          message: `${count} identifiers refused as ${TOO_MANY} after a user was created with ${history.maxAcceptedIdentifiers}: the limit is not monotonic.`,
        },
      ]
    : [];
}
