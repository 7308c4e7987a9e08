import { expect, test } from '@playwright/test';
import { DEFAULT_PROFILE } from '../../config/profile.ts';
import { consoleSummary } from '../../reporter/consoleSummary.ts';
import { summarizeRun } from '../../reporter/summarizeRun.ts';
import { loadedSuiteProperties } from '../../runner/properties/loadedSuiteProperties.ts';
import { startFaultyServer, type Fault, type FaultAnswer } from '../_support/faultyServer.ts';
import { runProperty } from '../_support/runProperty.ts';
import { specOperation } from '../_support/specFixture.ts';
import { runContext } from '../_support/runContextFixture.ts';

// Issue 26 ("Trust, part 3", item 5): against a Fastify server with the framework's error bodies
// left as shipped, the console printed 17 cause lines for about five causes, each wrong error body
// three times (negative_rejection, status_code_pairing, response_schema).

const operation = specOperation();
const PROPERTIES = await loadedSuiteProperties({ operation, profile: DEFAULT_PROFILE });

/** Fastify's own error body, as it answers when the app maps nothing: `{statusCode, code, error, message}`. */
const fastify = (status: number, code: string, error: string, message: string): FaultAnswer => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify({ statusCode: status, code, error, message }),
});

/** The emulator's answers, its 400s replaced by what Fastify says of the same request. */
const FASTIFY_DEFAULTS: Fault = async (request, correct) => {
  const answer = await correct();
  if (request.method !== 'POST' || answer.status !== 400) return answer;
  if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) {
    return fastify(415, 'FST_ERR_CTP_INVALID_MEDIA_TYPE', 'Unsupported Media Type', 'Unsupported Media Type');
  }
  if (request.json === undefined) return fastify(400, 'FST_ERR_CTP_INVALID_JSON_BODY', 'Bad Request', 'Body is not valid JSON');
  return fastify(400, 'FST_ERR_VALIDATION', 'Bad Request', "body must have required property 'identifiers'");
};

async function summaryAgainst(fault: Fault, names: readonly string[]) {
  const server = await startFaultyServer(fault);
  try {
    const outcomes = [];
    for (const name of names) {
      const { definition, title } = PROPERTIES.find((p) => p.definition.name === name)!;
      const property = await runProperty(definition as never, server.url, { runs: 15, shrink: false });
      outcomes.push({ title, status: 'failed' as const, error: undefined, report: property });
    }
    return summarizeRun(outcomes, runContext());
  } finally {
    await server.close();
  }
}

test("one wrong answer, one cause: each of Fastify's error bodies is one line naming every check it breaks, and says it is Fastify's", async () => {
  const summary = await summaryAgainst(FASTIFY_DEFAULTS, ['negative-required', 'negative-malformed', 'negative-mediaType']);
  const lines = consoleSummary(summary, 'reports/conformance.html').split('\n');
  const causes = lines.filter((l) => /^ {4}[✖⚠] /.test(l));
  const answers = ['400 FST_ERR_VALIDATION', '400 FST_ERR_CTP_INVALID_JSON_BODY', '415 FST_ERR_CTP_INVALID_MEDIA_TYPE'];
  for (const answer of answers)
    expect(
      causes.filter((l) => l.includes(` · ${answer} {code, error, message, statusCode} → `)),
      answer,
    ).toHaveLength(1);
  expect(causes).toHaveLength(answers.length);
  const fastifyNote = "Fastify's default error body (not mapped to the spec's error shapes)";
  expect(causes.every((l) => l.includes(`: ${fastifyNote}`))).toBe(true);
  expect(causes.find((l) => l.includes('FST_ERR_VALIDATION'))).toMatch(/✖ negative_rejection, status_code_pairing, response_schema \(error\) · /);
  expect(causes.find((l) => l.includes('415 FST_'))).toMatch(
    /✖ negative_rejection, status_documented \(error\) · .*: Fastify's default error body \(not mapped to the spec's error shapes\); 415 Unsupported Media Type, which the spec does not document \(its bad request is 400\) — /,
  );
  // The body that fails the 400's oneOf says so once.
  const schema = summary.findings.find((f) => f.check === 'response_schema' && f.code === 'FST_ERR_VALIDATION')!;
  expect(schema.message).toBe(
    'the 400 body matches none of the three 400 error schemas: "status" missing; "code" FST_ERR_VALIDATION is none of invalid_request, invalid_id, too_many_user_identifiers',
  );
  // The counts per check and the verdict count findings per check, as before.
  expect(summary.totals.errorFindings).toBe(summary.findings.length);
  expect(summary.causes.reduce((sum, c) => sum + c.findings, 0)).toBe(summary.findings.length);
  // A raw-bytes case's curl line sends its bytes, never U+FFFD in their place.
  expect(summary.findings.some((f) => f.replay.curl.includes('\uFFFD'))).toBe(false);
});

test('a crash that a valid create also shows is one cause, led by the valid create', async () => {
  // Crashes on any create it can read, reading invalid UTF-8 as U+FFFD: the malformed case crashes too.
  const crashes: Fault = async (request, correct) => {
    const leniently = (() => {
      try {
        return JSON.parse(request.body.toString('utf8')) as unknown;
      } catch {
        return undefined;
      }
    })();
    if (request.method === 'POST' && leniently !== undefined) return { status: 500, headers: { 'content-type': 'application/json' }, body: '{"error":"boom"}' };
    return correct();
  };
  const summary = await summaryAgainst(crashes, ['negative-malformed', 'valid-realistic']);
  const crash = summary.causes.filter((c) => c.status === 500);
  expect(crash).toHaveLength(1);
  expect(crash[0]!.checks.map((c) => c.check)).toEqual(expect.arrayContaining(['positive_acceptance', 'negative_rejection', 'no_server_error']));
  expect(summary.findings[crash[0]!.firstFinding]!.family).toMatch(/^valid\//);
});
