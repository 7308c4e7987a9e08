import { expect, test } from '@playwright/test';
import { consoleSummary } from '../../reporter/consoleSummary.ts';
import { renderMarkdown } from '../../reporter/renderMarkdown.ts';
import { summarizeRun } from '../../reporter/summarizeRun.ts';
import type { SeenAnswer } from '../../reporter/_internals/answerShape.ts';
import { recogniseDefaults } from '../../reporter/_internals/frameworkDefaults.ts';
import { propertyReport, reportedFinding } from '../_support/propertyReportFixture.ts';
import { runContext } from '../_support/runContextFixture.ts';

// The bodies below are what the frameworks answer when their defaults are left as shipped
// (Fastify 5, express-openapi-validator 5 behind its documented error handler, @hono/zod-openapi 1
// with zod 4, Hono 4), copied from their answers.

const FASTIFY = "Fastify's default error body (not mapped to the spec's error shapes)";
const EXPRESS = "express-openapi-validator's default error body (not mapped to the spec's error shapes)";
const HONO_ZOD = "Hono's zod validator default body ({success: false, error}: zod's issues, not the spec's error shapes)";
const UNSUPPORTED = '415 Unsupported Media Type, which the spec does not document (its bad request is 400)';
const TOO_LARGE = '413 Payload Too Large, which the spec does not document (its bad request is 400)';

const SPEC = { statusUndocumented: false, documentedStatuses: new Set([201, 400, 403, 404, 409]) };
const UNDOCUMENTED = { ...SPEC, statusUndocumented: true };

function answer(status: number, body: string, mediaType = 'application/json'): SeenAnswer {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    json = undefined;
  }
  return { status, mediaType, body, json };
}

test("each framework's default is named, and a status the spec does not document says what the spec answers instead", () => {
  const recognised: ReadonlyArray<readonly [SeenAnswer, typeof SPEC, string]> = [
    [
      answer(400, '{"statusCode":400,"code":"FST_ERR_VALIDATION","error":"Bad Request","message":"body must have required property \'identifiers\'"}'),
      SPEC,
      FASTIFY,
    ],
    [
      answer(415, '{"statusCode":415,"code":"FST_ERR_CTP_INVALID_MEDIA_TYPE","error":"Unsupported Media Type","message":"Unsupported Media Type"}'),
      UNDOCUMENTED,
      `${FASTIFY}; ${UNSUPPORTED}`,
    ],
    [
      answer(413, '{"statusCode":413,"code":"FST_ERR_CTP_BODY_TOO_LARGE","error":"Payload Too Large","message":"Request body is too large"}'),
      UNDOCUMENTED,
      `${FASTIFY}; ${TOO_LARGE}`,
    ],
    [
      answer(404, '{"message":"Route GET:/v2/session/apps/a/users not found","error":"Not Found","statusCode":404}'),
      SPEC,
      "Fastify's default not-found body (no route for this method and path)",
    ],
    [
      answer(
        400,
        '{"message":"request/body must have required property \'identifiers\'","errors":[{"path":"/body/identifiers","message":"must have required property \'identifiers\'","errorCode":"required.openapi.validation"}]}',
      ),
      SPEC,
      EXPRESS,
    ],
    [
      answer(415, '{"message":"unsupported media type text/plain","errors":[{"path":"/u","message":"unsupported media type text/plain"}]}'),
      UNDOCUMENTED,
      `${EXPRESS}; ${UNSUPPORTED}`,
    ],
    [answer(400, '{"success":false,"error":{"name":"ZodError","message":"[\\n  {\\n    \\"code\\": \\"invalid_type\\"\\n  }\\n]"}}'), SPEC, HONO_ZOD],
    [
      answer(400, '{"success":false,"error":{"issues":[{"code":"invalid_type","path":["identifiers"],"message":"Required"}],"name":"ZodError"}}'),
      SPEC,
      HONO_ZOD,
    ],
    [answer(400, 'Malformed JSON in request body', 'text/plain'), SPEC, "Hono's default plain-text answer to malformed JSON (not the spec's error shape)"],
    [answer(415, 'Unsupported Media Type', 'text/plain'), UNDOCUMENTED, UNSUPPORTED],
  ];
  for (const [seen, spec, says] of recognised) expect(recogniseDefaults(seen, spec), seen.body).toBe(says);
});

test('a look-alike is never named after a framework, and a 415 the spec documents is not called undocumented', () => {
  const notRecognised: ReadonlyArray<readonly [SeenAnswer, typeof SPEC]> = [
    [answer(400, '{"code":"invalid_request","status":"bad_request","message":"m"}'), SPEC],
    [answer(400, '{"statusCode":400,"code":"invalid_request","error":"Bad Request","message":"m"}'), SPEC],
    [answer(400, '{"statusCode":400,"code":"FST_ERR_VALIDATION","error":"Bad Request","message":"m","status":"bad_request"}'), SPEC],
    [answer(400, '{"statusCode":422,"code":"FST_ERR_VALIDATION","error":"Bad Request","message":"m"}'), SPEC],
    [answer(404, '{"message":"no such app","error":"Not Found","statusCode":404}'), SPEC],
    [answer(400, '{"message":"bad","errors":[]}'), SPEC],
    [answer(400, '{"message":"bad","errors":["x"]}'), SPEC],
    [answer(400, '{"success":false,"error":"bad"}'), SPEC],
    [answer(400, '{"success":false,"error":{"message":"bad"}}'), SPEC],
    [answer(400, 'Malformed JSON', 'text/plain'), SPEC],
    [answer(415, '{"code":"unsupported","message":"m"}'), SPEC],
    [answer(415, '{"code":"unsupported","message":"m"}'), { statusUndocumented: true, documentedStatuses: new Set([201]) }],
  ];
  for (const [seen, spec] of notRecognised) expect(recogniseDefaults(seen, spec), seen.body).toBeUndefined();
});

test('the cause line says what the answer is before what was seen, on the console and in conformance.md', () => {
  const body = '{"statusCode":415,"code":"FST_ERR_CTP_INVALID_MEDIA_TYPE","error":"Unsupported Media Type","message":"Unsupported Media Type"}';
  const findings = ['negative_rejection', 'status_documented'].map((check) => {
    const base = reportedFinding(check, { family: 'negative/mediaType', status: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE' });
    return {
      ...base,
      key: `${check}|error|415|FST_ERR_CTP_INVALID_MEDIA_TYPE|negative/mediaType`,
      message: check === 'negative_rejection' ? 'an invalid request (mediaType:text/plain) got 415 FST_ERR_CTP_INVALID_MEDIA_TYPE' : 'answered 415',
      counterexample: { ...base.counterexample, response: { status: 415, headers: { 'content-type': 'application/json; charset=utf-8' }, body } },
    };
  });
  const summary = summarizeRun([{ title: 'p', status: 'failed', error: undefined, report: propertyReport({ findings }) }], runContext());
  expect(summary.causes[0]!.recognised).toBe(`${FASTIFY}; ${UNSUPPORTED}`);
  expect(summary.causes[0]!.message).toBe('an invalid request (mediaType:text/plain) got 415 FST_ERR_CTP_INVALID_MEDIA_TYPE');
  const line = `negative_rejection, status_documented (error) · 415 FST_ERR_CTP_INVALID_MEDIA_TYPE {code, error, message, statusCode} → 2 findings, 3 cases: ${FASTIFY}; ${UNSUPPORTED} — an invalid request`;
  expect(consoleSummary(summary, 'r.html')).toContain(`    ✖ ${line}`);
  expect(renderMarkdown(summary)).toContain(`- ❌ ${line}`);
});
