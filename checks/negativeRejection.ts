import type { Check, CheckInput } from './Check.ts';
import type { Violation } from '../vocabulary/Finding.ts';
import type { Expectation } from '../vocabulary/CreateUserCase.ts';
import { answerIs, describeResponse } from './errorBody.ts';
import { identifierCount, TOO_MANY_IDENTIFIERS } from '../spec/identifierLimit.ts';
import { lenientReading } from './_internals/lenientReading.ts';

type Rejected = Extract<Expectation, { kind: 'rejected' }>;

/**
 * An invalid request (a mutation of the catalogue, re-validated as invalid on what was sent) gets
 * the mutation's status with a code of its expected set. 2xx and 5xx are errors, and so is any 4xx
 * the spec does not document; a documented 4xx of another meaning (404, 409...) is a warning.
 * Above the profile's identifier minimum, `too_many_user_identifiers` is accepted too: the spec
 * does not say whether the count or the shape is checked first. A server may parse leniently
 * (`LATITUDE`): an answer that fits what it then reads is judged as that request, and named as a
 * warning (an error with the profile's `strictRequestParsing`).
 */
export const negativeRejection: Check = {
  id: 'negative_rejection',
  description: "An invalid request is refused with the mutation's status and one of its expected codes; never 2xx or 5xx.",
  severity: 'error or warning',
  source: 'the rule each mutation breaks (its own pointer)',
  explanation:
    "an invalid request (a [mutation](#negative-testing), re-validated as invalid on what was sent) gets the mutation's status with a code of its expected set; 2xx, 5xx and undocumented 4xx are errors; a documented 4xx of another meaning (403, 404, 409) is a warning; above the profile's identifier minimum `too_many_user_identifiers` is accepted too. A server that parses leniently (any Content-Type, invalid UTF-8 as U+FFFD) is judged by the request it then reads, and named in a warning (an error with `strictRequestParsing`)",
  appliesTo: ({ testCase, response }) => testCase.expectation.kind === 'rejected' && response !== undefined,
  verify: (input) => {
    const strict = strictVerdict(input);
    if (strict.length === 0) return [];
    return leniencyVerdict(input) ?? strict;
  },
};

function strictVerdict({ testCase, response, operation, profile }: CheckInput): Violation[] {
  const expected = testCase.expectation as Rejected;
  const { status } = response!;
  const codes = identifierCount(testCase.body) > profile.identifierLimitAtLeast ? [...expected.codes, TOO_MANY_IDENTIFIERS] : expected.codes;
  const what = `an invalid request (${expected.mutation ?? 'mutated'})`;
  const wanted = `${expected.status} with ${codes.join(' or ')}`;
  const violation = (severity: Violation['severity'], message: string): Violation[] => [{ severity, message, specPointer: expected.rule }];
  if (status === expected.status) {
    return answerIs(response!, status, codes) ? [] : violation('error', `${what} got ${describeResponse(response!)}; expected ${wanted}.`);
  }
  if (status >= 200 && status < 300) return violation('error', `${what} was accepted with ${describeResponse(response!)}; expected ${wanted}.`);
  if (status >= 500) return violation('error', `${what} caused a server error ${describeResponse(response!)}; expected ${wanted}.`);
  if (status >= 400 && status < 500 && operation.responses.has(String(status))) {
    return violation('warning', `${what} got ${describeResponse(response!)}, a status the spec documents for another reason; expected ${wanted}.`);
  }
  return violation('error', `${what} got ${describeResponse(response!)}, which the spec does not document; expected ${wanted}.`);
}

/** The verdict when the answer fits what a lenient server reads in these bytes; undefined when it does not. */
function leniencyVerdict({ testCase, response, exchange, operation, profile }: CheckInput): Violation[] | undefined {
  const reading = lenientReading(operation, profile, exchange.request);
  if (reading === undefined) return undefined;
  const { status } = response!;
  const fits =
    (reading.accepts.created && status === operation.successStatus) ||
    answerIs(response!, reading.accepts.status, reading.accepts.codes) ||
    (reading.accepts.created && status === 409 && !testCase.freshIdentities);
  if (!fits) return undefined;
  const rule = (testCase.expectation as Rejected).rule;
  return [
    {
      severity: profile.strictRequestParsing ? 'error' : 'warning',
      message:
        `${reading.seen}: answered ${describeResponse(response!)}, as for the request that reading yields (${reading.reads}); ` +
        `the spec documents only ${operation.request.mediaType} in UTF-8${profile.strictRequestParsing ? ', and the profile requires strict parsing (strictRequestParsing)' : ''}.`,
      specPointer: rule,
    },
  ];
}
