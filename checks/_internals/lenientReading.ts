import type { Profile } from '../../config/profile.ts';
import type { CreateUserOperation } from '../../spec/CreateUserOperation.ts';
import { LATITUDE } from '../../spec/latitude.ts';
import { readRequestBody, type Parsing } from '../../spec/readRequestBody.ts';
import { schemaViolation } from '../../spec/requestViolation.ts';
import type { WireRequest } from '../../vocabulary/Exchange.ts';
import { identifierCount, TOO_MANY_IDENTIFIERS } from '../../spec/identifierLimit.ts';

/** What a server that parses leniently (`LATITUDE.requestMediaType`, `requestEncoding`) reads in a request the spec refuses. */
export interface LenientReading {
  /** How the leniency is named in findings: `LATITUDE.*.seen`. */
  readonly seen: string;
  /** The answers that request deserves: 201 when it reads as valid, else its 400 codes. */
  readonly accepts: { readonly created: boolean; readonly status: number; readonly codes: readonly string[] };
  /** What the lenient reading is, for messages: `a valid create`, `/id must match format "uuid"`. */
  readonly reads: string;
}

// Each leniency on its own, then both: the first that reads the body names what was seen.
const LENIENCIES: ReadonlyArray<{ readonly parsing: Parsing; readonly seen: string }> = [
  { parsing: { requestMediaType: 'lenient', requestEncoding: 'strict' }, seen: LATITUDE.requestMediaType.seen },
  { parsing: { requestMediaType: 'strict', requestEncoding: 'lenient' }, seen: LATITUDE.requestEncoding.seen },
  { parsing: { requestMediaType: 'lenient', requestEncoding: 'lenient' }, seen: `${LATITUDE.requestMediaType.seen}, and ${LATITUDE.requestEncoding.seen}` },
];

/**
 * The request a lenient server reads in bytes a strict one refuses, and what that request
 * deserves: the spec allows either reading (docs/latitude.md, "request media type"), so an answer
 * that fits the lenient reading is judged as that request. Undefined when no leniency yields JSON
 * (malformed JSON is malformed under any reading).
 */
export function lenientReading(operation: CreateUserOperation, profile: Profile, request: WireRequest): LenientReading | undefined {
  const { mediaType } = operation.request;
  for (const { parsing, seen } of LENIENCIES) {
    const read = readRequestBody(mediaType, request.headers['content-type'], request.body, parsing);
    if (!read.ok) continue;
    const violation = schemaViolation(operation, read.json);
    const tooMany = identifierCount(read.json) > profile.identifierLimitAtLeast ? [TOO_MANY_IDENTIFIERS] : [];
    if (violation === undefined) return { seen, reads: 'a valid create', accepts: { created: true, status: 400, codes: tooMany } };
    const property = (violation.instancePath ?? '').split('/')[1]?.replaceAll('~1', '/').replaceAll('~0', '~') ?? '';
    const codes = profile.rejectionCodes[property] ?? profile.rejectionCodes[''] ?? [];
    return { seen, reads: violation.reason, accepts: { created: false, status: 400, codes: [...codes, ...tooMany] } };
  }
  return undefined;
}
