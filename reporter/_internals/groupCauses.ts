import { SEVERITIES, worstSeverity, type Severity } from '../../vocabulary/Finding.ts';
import { compareCauseLeads, compareChecks } from '../../runner/findingOrder.ts';
import type { CauseGroup, SummaryFinding } from '../../vocabulary/ConformanceSummary.ts';
import { answerShape, type AnswerShape } from './answerShape.ts';
import { recogniseDefaults } from './frameworkDefaults.ts';
import { plural } from '../reportText.ts';

/**
 * The checks that judge an answer on its own, whatever was asked, by what they find wrong in it:
 * its status (undocumented, a server error, none at all) or its body (schema, code, media type).
 * An answer one of them flags is wrong in itself, and that explains what the other checks say of
 * it: a Fastify 400 breaks `negative_rejection` because its code is not `invalid_request`.
 */
const ANSWER_CHECKS: Readonly<Record<string, 'status' | 'body'>> = {
  no_server_error: 'status',
  status_documented: 'status',
  response_schema: 'body',
  status_code_pairing: 'body',
  content_type: 'body',
  user_id_prefix: 'body',
  response_size: 'body',
};

/**
 * What the checks that judge an answer against its request wanted: a success (a 2xx) or a refusal.
 * One that got the other class of status says the request was handled wrong, whatever the body:
 * a valid create refused with a framework's 400 is refused (one cause) with a wrong body (another).
 * The others (`conflict`, `exactly_once`, `differential`, …) want either, depending on the step.
 */
const WANTS: Readonly<Record<string, 'success' | 'refusal'>> = {
  positive_acceptance: 'success',
  negative_rejection: 'refusal',
  app_state: 'refusal',
  auth: 'refusal',
  method_not_allowed: 'refusal',
};

/** Findings that are not about what the answer says: each keeps a cause of its own (per check and answer). */
const KEPT_APART: ReadonlyArray<{ readonly why: string; readonly matches: (finding: SummaryFinding) => boolean }> = [
  { why: 'a spec gap records what the spec leaves open, not a wrong answer', matches: (f) => f.message.startsWith('spec gap') },
  { why: 'a slow answer is slow whatever it says', matches: (f) => f.check === 'response_time' },
];

/**
 * Findings grouped by cause: one wrong answer (status, code, body shape: `answerShape`) is one
 * cause, whichever checks it breaks and in whichever case families, so a framework's error body
 * seen by `negative_rejection`, `status_code_pairing` and `response_schema` is one line, not three.
 * Kept apart, because they are other causes:
 * - an answer no answer check flags (right in itself, wrong for its request: a 201 where 409 was
 *   due): one cause per check, since unrelated rules can refuse the same good answer;
 * - where only the body is wrong in itself, a check that got the other class of status than it
 *   wanted (`WANTS`: a valid create refused, an invalid one accepted): the request was handled
 *   wrong, which the body does not explain;
 * - `KEPT_APART`: spec gaps and slow answers.
 * A cause's severity is its most severe finding's; it is led by its plainest finding
 * (`compareCauseLeads`); causes come errors first, then by their leads, most basic first.
 * `documentedStatuses`: the statuses the spec documents, for what recognises an answer.
 */
export function groupCauses(findings: readonly SummaryFinding[], documentedStatuses: ReadonlySet<number> = new Set()): CauseGroup[] {
  const shapes = findings.map(answerShape);
  const faults = answerFaults(findings, shapes);
  const groups = new Map<string, number[]>();
  findings.forEach((finding, index) => {
    const key = causeKey(finding, shapes[index]!, faults);
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  return [...groups.values()]
    .map((members) => cause(findings, members, shapes, documentedStatuses))
    .sort(
      (a, b) =>
        SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
        compareCauseLeads(findings[a.firstFinding]!, findings[b.firstFinding]!) ||
        a.firstFinding - b.firstFinding,
    );
}

/** Per answer shape, what the answer checks found wrong in it: its status, its body, or both. */
function answerFaults(findings: readonly SummaryFinding[], shapes: readonly AnswerShape[]): Map<string, Set<'status' | 'body'>> {
  const faults = new Map<string, Set<'status' | 'body'>>();
  findings.forEach((finding, index) => {
    const fault = ANSWER_CHECKS[finding.check];
    if (fault === undefined || KEPT_APART.some((rule) => rule.matches(finding))) return;
    const key = shapes[index]!.key;
    faults.set(key, new Set([...(faults.get(key) ?? []), fault]));
  });
  return faults;
}

function causeKey(finding: SummaryFinding, shape: AnswerShape, faults: ReadonlyMap<string, ReadonlySet<'status' | 'body'>>): string {
  const apart = KEPT_APART.findIndex((rule) => rule.matches(finding));
  if (apart !== -1) return `${shape.key}|apart ${apart}|${finding.check}`;
  const found = faults.get(shape.key);
  if (found === undefined) return `${shape.key}|${finding.check}`;
  if (ANSWER_CHECKS[finding.check] !== undefined || found.has('status')) return shape.key;
  // A status wrong in itself (undocumented, 5xx) explains every complaint; a body wrong in itself
  // explains a wrong code, not a request handled as the other class (accepted for refused, or back).
  const success = finding.status !== undefined && finding.status >= 200 && finding.status < 300;
  const wanted = WANTS[finding.check];
  const wrongClass = wanted === undefined ? success : (wanted === 'success') !== success;
  return wrongClass ? `${shape.key}|${finding.check}` : shape.key;
}

function cause(
  findings: readonly SummaryFinding[],
  members: readonly number[],
  shapes: readonly AnswerShape[],
  documentedStatuses: ReadonlySet<number>,
): CauseGroup {
  const ordered = [...members].sort((a, b) => compareCauseLeads(findings[a]!, findings[b]!) || a - b);
  const lead = findings[ordered[0]!]!;
  const these = ordered.map((i) => findings[i]!);
  const checks = new Map<string, Severity>();
  for (const f of these) checks.set(f.check, worstSeverity([checks.get(f.check) ?? 'note', f.severity]));
  const shape = shapes[ordered[0]!]!;
  const recognised = shape.seen && recogniseDefaults(shape.seen, { statusUndocumented: checks.has('status_documented'), documentedStatuses });
  const cases = casesShowing(these);
  const statuses = new Set(these.flatMap((f) => (f.baseline ? [f.baseline.status] : [])));
  return {
    ...(statuses.size > 0 ? { baseline: (['new', 'expired', 'known'] as const).find((s) => statuses.has(s))! } : {}),
    check: lead.check,
    severity: worstSeverity(these.map((f) => f.severity)),
    status: lead.status,
    code: lead.code,
    checks: [...checks].sort(([a], [b]) => compareChecks(a, b)).map(([check, severity]) => ({ check, severity })),
    answer: shape.text,
    ...(recognised ? { recognised } : {}),
    findings: these.length,
    occurrences: cases.count,
    occurrencesAtLeast: cases.atLeast,
    message: lead.message,
    firstFinding: ordered[0]!,
    families: [...new Set(these.map((f) => f.family))],
  };
}

/**
 * How many cases showed a cause. Case families never share a case, but within one family the
 * checks of a cause count the same cases (one case trips all three): the most any check counted is
 * the family's figure. It is exact when every check counted alike, and a lower bound otherwise.
 */
function casesShowing(findings: readonly SummaryFinding[]): { count: number; atLeast: boolean } {
  const perFamily = new Map<string, Map<string, number>>();
  for (const f of findings) {
    const checks = perFamily.get(f.family) ?? new Map<string, number>();
    checks.set(f.check, (checks.get(f.check) ?? 0) + f.occurrences);
    perFamily.set(f.family, checks);
  }
  let count = 0;
  let atLeast = false;
  for (const checks of perFamily.values()) {
    const counts = [...checks.values()];
    count += Math.max(...counts);
    atLeast ||= counts.some((c) => c !== counts[0]);
  }
  return { count, atLeast };
}

/**
 * "negative_rejection, status_code_pairing, response_schema (error) · 400 FST_ERR_VALIDATION
 * {code, error, message, statusCode} → 6 findings, 40 cases": a cause's line, without its message.
 * Checks of mixed severities each say their own.
 */
export function causeTitle(cause: CauseGroup): string {
  const { checks } = cause;
  const mixed = checks.some((c) => c.severity !== cause.severity);
  const named = mixed ? checks.map((c) => `${c.check} (${c.severity})`).join(', ') : `${checks.map((c) => c.check).join(', ')} (${cause.severity})`;
  const cases = `${cause.occurrencesAtLeast ? 'at least ' : ''}${plural(cause.occurrences, 'case')}`;
  return `${named} · ${cause.answer} → ${plural(cause.findings, 'finding')}, ${cases}${cause.baseline ? ` [${cause.baseline}]` : ''}`;
}

/** What a cause says was seen: the framework default it is, when recognised, then its leading finding's message. */
export function causeMessage(cause: CauseGroup): string {
  return cause.recognised ? `${cause.recognised} — ${cause.message}` : cause.message;
}
