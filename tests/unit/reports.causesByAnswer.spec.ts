import { expect, test } from '@playwright/test';
import { consoleSummary } from '../../reporter/consoleSummary.ts';
import { summarizeRun } from '../../reporter/summarizeRun.ts';
import type { ConformanceSummary } from '../../vocabulary/ConformanceSummary.ts';
import type { CheckTally, ReportedFinding } from '../../vocabulary/PropertyReport.ts';
import type { Severity } from '../../vocabulary/Finding.ts';
import { propertyReport, reportedFinding } from '../_support/propertyReportFixture.ts';
import { runContext } from '../_support/runContextFixture.ts';

// Causes are grouped by the answer the target gave (status, code, body shape), across checks.

const FASTIFY_400 = '{"statusCode":400,"code":"FST_ERR_VALIDATION","error":"Bad Request","message":"body must be object"}';

interface Seen {
  readonly status: number | undefined;
  readonly code?: string;
  readonly body?: string;
  readonly contentType?: string;
  readonly severity?: Severity;
  readonly occurrences?: number;
  readonly message?: string;
}

/** A finding of `check` in `family` on an answer, as a property reports it. */
function finding(check: string, family: string, seen: Seen): ReportedFinding {
  const base = reportedFinding(check, { family });
  const severity = seen.severity ?? 'error';
  return {
    ...base,
    severity,
    status: seen.status,
    code: seen.code,
    message: seen.message ?? `${check} says ${seen.status ?? 'nothing'} is wrong`,
    key: [check, severity, seen.status ?? '-', seen.code ?? '-', family].join('|'),
    occurrences: seen.occurrences ?? 3,
    counterexample: {
      ...base.counterexample,
      response:
        seen.status === undefined
          ? undefined
          : { status: seen.status, headers: { 'content-type': seen.contentType ?? 'application/json; charset=utf-8' }, body: seen.body ?? '' },
      failure: seen.status === undefined ? 'no complete response within 5000 ms' : undefined,
    },
  };
}

/** The summary of one property reporting `findings`; its per-check tallies count the findings as the runner does. */
function summaryOf(findings: readonly ReportedFinding[]): ConformanceSummary {
  const checks: Record<string, CheckTally> = {};
  for (const f of findings) {
    const tally = (checks[f.check] ??= { cases: 50, errors: 0, warnings: 0 });
    if (f.severity === 'error') tally.errors += f.occurrences;
    else tally.warnings += f.occurrences;
  }
  return summarizeRun([{ title: 'p', status: 'failed', error: undefined, report: propertyReport({ findings, checks }) }], runContext());
}

const fastifyBodySeenByThreeChecks = (family: string, occurrences: number) =>
  ['negative_rejection', 'status_code_pairing', 'response_schema'].map((check) =>
    finding(check, family, { status: 400, code: 'FST_ERR_VALIDATION', body: FASTIFY_400, occurrences }),
  );

test('one wrong answer, one cause: a Fastify 400 seen by three checks in two families is one line naming the three, its cases counted once', () => {
  const findings = [...fastifyBodySeenByThreeChecks('negative/required', 5), ...fastifyBodySeenByThreeChecks('negative/type', 4)];
  const summary = summaryOf(findings);
  expect(summary.causes).toHaveLength(1);
  const [cause] = summary.causes;
  expect(cause!.checks).toEqual([
    { check: 'negative_rejection', severity: 'error' },
    { check: 'status_code_pairing', severity: 'error' },
    { check: 'response_schema', severity: 'error' },
  ]);
  expect(cause!.answer).toBe('400 FST_ERR_VALIDATION {code, error, message, statusCode}');
  expect([cause!.findings, cause!.occurrences, cause!.occurrencesAtLeast]).toEqual([6, 9, false]);
  expect(cause!.families).toEqual(['negative/required', 'negative/type']);
  // The per-check counts and the verdict count findings per check, as before.
  expect(summary.totals.errorFindings).toBe(6);
  expect(summary.verdict).toBe('fail');
  expect(summary.checks.find((c) => c.id === 'response_schema')!.errors).toBe(9);
  const line = consoleSummary(summary, 'r.html')
    .split('\n')
    .find((l) => l.startsWith('    ✖'));
  expect(line).toMatch(
    /^ {4}✖ negative_rejection, status_code_pairing, response_schema \(error\) · 400 FST_ERR_VALIDATION \{code, error, message, statusCode\} → 6 findings, 9 cases: /,
  );
});

test('two different wrong answers are never one cause: another code, other keys, another media type, not JSON, no answer', () => {
  const answers: Seen[] = [
    { status: 400, code: 'FST_ERR_VALIDATION', body: FASTIFY_400 },
    { status: 400, code: 'FST_ERR_CTP_INVALID_JSON_BODY', body: FASTIFY_400.replace('FST_ERR_VALIDATION', 'FST_ERR_CTP_INVALID_JSON_BODY') },
    { status: 400, code: 'FST_ERR_VALIDATION', body: '{"code":"FST_ERR_VALIDATION","message":"m"}' },
    { status: 400, code: 'FST_ERR_VALIDATION', body: FASTIFY_400, contentType: 'text/plain' },
    { status: 400, body: 'Bad Request', contentType: 'text/plain' },
    { status: 400, body: '' },
    { status: 400, code: 'invalid_request', body: '{"code":"invalid_request","status":"bad_request","message":7}' },
    { status: 400, code: 'invalid_request', body: '{"code":"invalid_request","status":"bad_request","message":null}' },
    { status: undefined },
  ];
  // One family each: findings of one check, status and code in one family are one finding already.
  const summary = summaryOf(answers.map((seen, i) => finding('response_schema', `negative/f${i}`, seen)));
  expect(summary.causes.map((c) => c.answer)).toEqual([
    '400 FST_ERR_VALIDATION {code, error, message, statusCode}',
    '400 FST_ERR_CTP_INVALID_JSON_BODY {code, error, message, statusCode}',
    '400 FST_ERR_VALIDATION {code, message}',
    '400 FST_ERR_VALIDATION {code, error, message, statusCode} (text/plain)',
    '400 not JSON (text/plain)',
    '400 empty body',
    '400 invalid_request {code, message, status}',
    '400 invalid_request {code, message, status}',
    'no response (timed out)',
  ]);
});

test('a spec gap is not merged into an error cause on the same answer', () => {
  const unauthorised = { status: 401, code: 'FST_ERR_AUTH', body: '{"statusCode":401,"code":"FST_ERR_AUTH","error":"Unauthorized","message":"m"}' };
  const summary = summaryOf([
    finding('auth', 'auth/missing', { ...unauthorised, severity: 'warning', message: 'spec gap: the spec documents no answer for failed authentication; …' }),
    finding('status_documented', 'valid/realistic', unauthorised),
  ]);
  expect(summary.causes.map((c) => [c.checks.map((k) => k.check), c.severity])).toEqual([
    [['status_documented'], 'error'],
    [['auth'], 'warning'],
  ]);
});

test('a body wrong in itself does not explain a request handled as the other class: a valid create refused, an invalid one accepted, each its own cause', () => {
  const created42 = { status: 201, body: '{"id":42}' };
  const summary = summaryOf([
    ...fastifyBodySeenByThreeChecks('negative/required', 5),
    finding('positive_acceptance', 'valid/realistic', { status: 400, code: 'FST_ERR_VALIDATION', body: FASTIFY_400 }),
    finding('response_schema', 'valid/realistic', { ...created42, message: 'the 201 body does not match its schema: /id must be string' }),
    finding('negative_rejection', 'negative/type', { ...created42, message: 'an invalid request (type) was accepted with 201' }),
    finding('conflict', 'conflict/reuse', { ...created42, message: 'a create reusing an identity must be 409' }),
  ]);
  expect(summary.causes.map((c) => `${c.checks.map((k) => k.check).join(', ')} · ${c.answer}`)).toEqual([
    'positive_acceptance · 400 FST_ERR_VALIDATION {code, error, message, statusCode}',
    'response_schema · 201 {id}',
    'negative_rejection, status_code_pairing, response_schema · 400 FST_ERR_VALIDATION {code, error, message, statusCode}',
    'negative_rejection · 201 {id}',
    'conflict · 201 {id}',
  ]);
});

test('a status wrong in itself explains every complaint about it: 200 for 201, wherever it was answered, is one cause', () => {
  const ok = { status: 200, body: '{"id":"usr_01"}' };
  const summary = summaryOf([
    finding('positive_acceptance', 'valid/realistic', ok),
    finding('status_documented', 'valid/realistic', ok),
    finding('negative_rejection', 'negative/type', ok),
    finding('status_documented', 'negative/type', ok),
  ]);
  expect(summary.causes.map((c) => c.checks.map((k) => k.check))).toEqual([['positive_acceptance', 'negative_rejection', 'status_documented']]);
});

test('checks that counted different cases of a family make the count a lower bound, and say so', () => {
  const summary = summaryOf([
    finding('negative_rejection', 'negative/required', { status: 400, code: 'FST_ERR_VALIDATION', body: FASTIFY_400, occurrences: 4 }),
    finding('response_schema', 'negative/required', { status: 400, code: 'FST_ERR_VALIDATION', body: FASTIFY_400, occurrences: 6 }),
  ]);
  expect([summary.causes[0]!.occurrences, summary.causes[0]!.occurrencesAtLeast]).toEqual([6, true]);
  expect(consoleSummary(summary, 'r.html')).toContain('→ 2 findings, at least 6 cases: ');
});

test('a crash that a valid create also shows is led by the valid create, not by the malformed request whose lenient reading yields it', () => {
  const crash = { status: 500, body: '{"error":"boom"}' };
  const summary = summaryOf([
    finding('negative_rejection', 'negative/malformed', { ...crash, message: 'an invalid request (malformed:invalid-utf8) caused a server error 500' }),
    finding('no_server_error', 'negative/malformed', crash),
    finding('positive_acceptance', 'valid/realistic', { ...crash, message: 'answered 500 where 201 was due' }),
    finding('no_server_error', 'valid/realistic', crash),
  ]);
  expect(summary.causes).toHaveLength(1);
  expect(summary.findings[summary.causes[0]!.firstFinding]!.family).toBe('valid/realistic');
  expect(summary.causes[0]!.message).toBe('answered 500 where 201 was due');
  // The plainest request leads its cause even where its check judged it less severely.
  const mixed = summaryOf([
    finding('negative_rejection', 'negative/enum', { status: 404, code: 'app_not_found', body: '{"code":"app_not_found"}', severity: 'warning' }),
    finding('response_schema', 'negative/enum', { status: 404, code: 'app_not_found', body: '{"code":"app_not_found"}' }),
    finding('negative_rejection', 'boundary/length', { status: 404, code: 'app_not_found', body: '{"code":"app_not_found"}', severity: 'warning' }),
  ]);
  expect(mixed.causes.map((c) => [c.severity, mixed.findings[c.firstFinding]!.family, c.checks])).toEqual([
    [
      'error',
      'boundary/length',
      [
        { check: 'negative_rejection', severity: 'warning' },
        { check: 'response_schema', severity: 'error' },
      ],
    ],
  ]);
  expect(consoleSummary(mixed, 'r.html')).toContain('✖ negative_rejection (warning), response_schema (error) · 404 app_not_found {code} → 3 findings');
});
