import type { Finding } from '../vocabulary/Finding.ts';

// Case families by distance from the operation's main path: a plain valid create first, then
// valid variants (large arrays, requests the spec or the validators leave open), invalid requests,
// other apps, and last the scenarios built on earlier creates. A family is matched by the first
// entry it is or starts with (`boundary/length` → `boundary`); unknown ones come last.
const FAMILY_ORDER: readonly string[] = [
  'valid/realistic',
  'valid',
  'boundary',
  'hostile',
  'negative',
  'methods',
  'app_state',
  'conflict',
  'model',
  'exactly_once',
  'auth',
];

// Within a family, the checks that state what was due ("answered 200 where 201 was due") before
// the generic ones that the same answer also trips (an undocumented status, a schema).
const CHECK_ORDER: readonly string[] = [
  'positive_acceptance',
  'negative_rejection',
  'app_state',
  'conflict',
  'exactly_once',
  'auth',
  'method_not_allowed',
  'no_server_error',
  'status_documented',
  'status_code_pairing',
  'response_schema',
  'content_type',
];

/**
 * Most basic first: errors before warnings, then the family nearest the main path, then the check
 * that names the expectation. One root cause (a target answering 200 for 201) trips many checks in
 * every scenario; this order puts the plain valid create, where it is plainest, at the top.
 */
export function compareFindings(a: Finding, b: Finding): number {
  return severityRank(a) - severityRank(b) || familyRank(a) - familyRank(b) || compareRest(a, b);
}

/**
 * Which finding of one cause (one answer, several checks) shows it: the plainest request first,
 * whatever the severity each check gave it. A crash that a valid create also shows is led by that
 * create, never by a malformed request whose lenient reading happened to yield the same crash: the
 * valid one is the case a reader can act on.
 */
export function compareCauseLeads(a: Finding, b: Finding): number {
  return familyRank(a) - familyRank(b) || severityRank(a) - severityRank(b) || compareRest(a, b);
}

/** Checks in the order their findings come: the one that names the expectation before the generic ones. */
export function compareChecks(a: string, b: string): number {
  return rank(CHECK_ORDER, a) - rank(CHECK_ORDER, b) || a.localeCompare(b);
}

function compareRest(a: Finding, b: Finding): number {
  return (
    compareChecks(a.check, b.check) ||
    a.family.localeCompare(b.family) ||
    String(a.status).localeCompare(String(b.status)) ||
    String(a.code).localeCompare(String(b.code))
  );
}

function familyRank(finding: Finding): number {
  const index = FAMILY_ORDER.findIndex((entry) => finding.family === entry || finding.family.startsWith(`${entry}/`));
  return index === -1 ? FAMILY_ORDER.length : index;
}

function severityRank(finding: Finding): number {
  return finding.severity === 'error' ? 0 : 1;
}

function rank(order: readonly string[], value: string): number {
  const index = order.indexOf(value);
  return index === -1 ? order.length : index;
}
