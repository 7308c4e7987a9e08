import type { Finding } from '../vocabulary/Finding.ts';

// Case families by distance from the operation's main path: a plain valid create first, then
// valid variants, invalid requests, other apps, and last the scenarios built on earlier creates.
// A family is matched by its first segment (`boundary/length` → `boundary`); unknown ones come last.
const FAMILY_ORDER: readonly string[] = ['valid', 'boundary', 'hostile', 'negative', 'methods', 'app_state', 'conflict', 'model', 'exactly_once', 'auth'];

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
  return (
    severityRank(a) - severityRank(b) ||
    rank(FAMILY_ORDER, a.family.split('/')[0]!) - rank(FAMILY_ORDER, b.family.split('/')[0]!) ||
    rank(CHECK_ORDER, a.check) - rank(CHECK_ORDER, b.check) ||
    a.check.localeCompare(b.check) ||
    a.family.localeCompare(b.family) ||
    String(a.status).localeCompare(String(b.status)) ||
    String(a.code).localeCompare(String(b.code))
  );
}

function severityRank(finding: Finding): number {
  return finding.severity === 'error' ? 0 : 1;
}

function rank(order: readonly string[], value: string): number {
  const index = order.indexOf(value);
  return index === -1 ? order.length : index;
}
