import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Har } from 'har-format';
import { consoleSummary } from '../../reporter/consoleSummary.ts';
import { renderHtml } from '../../reporter/renderHtml.ts';
import { renderJson } from '../../reporter/renderJson.ts';
import { renderMarkdown } from '../../reporter/renderMarkdown.ts';
import { summarizeRun } from '../../reporter/summarizeRun.ts';
import { conflictProperty } from '../../runner/properties/conflictProperty.ts';
import { caseProperty, type PropertyDefinition } from '../../runner/PropertyDefinition.ts';
import { assembleRecording } from '../../runner/recording/assembleRecording.ts';
import type { RecordedExchangeEvent } from '../../runner/recording/RecordedEvent.ts';
import { validCaseArbitrary } from '../../generators/validCaseArbitrary.ts';
import type { CreateUserCase } from '../../vocabulary/CreateUserCase.ts';
import type { RequestTrace } from '../../vocabulary/RequestTrace.ts';
import { startFaultyServer, type Fault } from '../_support/faultyServer.ts';
import { runProperty } from '../_support/runProperty.ts';
import { scratchDir } from '../_support/scratchDir.ts';
import { FAULT_CATALOGUE } from '../faults/faultCatalogue.ts';
import { runContext } from '../_support/runContextFixture.ts';

// docs/reports.md#finding-a-finding-in-the-servers-logs: the ids a finding shows are the ones the
// target received, in every view and recording. In process (no child process): the reporter's own
// rendering is judged, as the console and the files get it.

const valid = caseProperty({ name: 'valid-realistic', cases: ({ operation, profile }) => validCaseArbitrary(operation, profile) });

/** A faulty server that also keeps the ids each request arrived with. */
async function recordingFaultyServer(fault: Fault) {
  const received: Array<{ requestId: string | undefined; traceparent: string | undefined; body: string; bySdk?: true }> = [];
  const server = await startFaultyServer((request, correct) => {
    const header = (name: string) => (typeof request.headers[name] === 'string' ? request.headers[name] : undefined);
    received.push({
      requestId: header('x-request-id'),
      traceparent: header('traceparent'),
      body: request.body.toString('utf8'),
      // The official SDK counts its attempts in a header of its own.
      ...(header('x-stainless-retry-count') === undefined ? {} : { bySdk: true as const }),
    });
    return fault(request, correct);
  });
  return { server, received };
}

test('a finding shows the request id and trace id the server received: console, conformance.json/.md/.html, NDJSON and HAR; a scenario shares one trace, each step its own id', async () => {
  const reportDir = scratchDir('request-ids');
  const runId = 'tids1';
  const env = { CONFORMANCE_RECORD: 'har,ndjson', CONFORMANCE_REPORT_DIR: reportDir, CONFORMANCE_RUN_ID: runId };
  const wrongBody = await recordingFaultyServer(FAULT_CATALOGUE.numericIdForEmailCreates.fault());
  const wrongCode = await recordingFaultyServer(FAULT_CATALOGUE.wrongConflictCode.fault());
  try {
    const single = await runProperty(valid, wrongBody.server.url, { runs: 10, env });
    const scenario = await runProperty(conflictProperty, wrongCode.server.url, { runs: 10, env });
    const finding = single.findings.find((f) => f.check === 'response_schema')!;
    const trace = finding.counterexample.request.trace!;
    expect(trace.requestIdHeader).toBe('X-Request-ID');
    // The server got exactly this request under exactly these ids.
    const got = wrongBody.received.filter((r) => r.requestId === trace.requestId);
    expect(got).toEqual([{ requestId: trace.requestId, traceparent: trace.traceparent, body: finding.counterexample.request.body }]);
    expect(trace.traceparent).toBe(`00-${trace.traceId}-${trace.traceparent!.slice(36, 52)}-01`);
    // Every request of the run carried ids, each its own.
    expect(wrongBody.received.every((r) => r.requestId !== undefined && r.traceparent !== undefined)).toBe(true);
    expect(new Set(wrongBody.received.map((r) => r.requestId)).size).toBe(wrongBody.received.length);

    // A scenario: its steps share the trace id, each has its own request id, and the server got them.
    const conflict = scenario.findings.find((f) => f.check === 'conflict' && f.scenario !== undefined)!;
    const steps = conflict.scenario!.map((s) => s.trace!);
    expect(steps.length).toBeGreaterThan(1);
    expect(new Set(steps.map((s) => s.traceId)).size).toBe(1);
    expect(new Set(steps.map((s) => s.requestId)).size).toBe(steps.length);
    for (const step of steps) expect(wrongCode.received.filter((r) => r.requestId === step.requestId).map((r) => r.traceparent)).toEqual([step.traceparent]);
    // Curl lines are for sending by hand: another request, so not under the finding's id.
    expect(finding.replay.curl).not.toContain(trace.requestId!);
    expect(finding.replay.curl).not.toContain('traceparent');

    const summary = summarizeRun(
      [single, scenario].map((property) => ({ title: property.property, status: 'failed', error: undefined, report: property })),
      runContext(),
    );
    const shown = `X-Request-ID: ${trace.requestId}; trace ${trace.traceId}`;
    expect(consoleSummary(summary, 'conformance.html')).toContain(
      `request:  ${finding.counterexample.request.method} ${finding.counterexample.request.url} (${shown})`,
    );
    expect(renderMarkdown(summary)).toContain(`In the target's logs: \`${shown}\``);
    expect(renderHtml(summary)).toContain(`In the target's logs: <code>${shown}</code>`);
    const json = JSON.parse(renderJson(summary)) as {
      findings: Array<{ counterexample: { request: { trace?: RequestTrace } }; scenario?: Array<{ trace?: RequestTrace }> }>;
    };
    expect(json.findings.map((f) => f.counterexample.request.trace)).toContainEqual(trace);
    expect(json.findings.flatMap((f) => f.scenario ?? []).map((s) => s.trace)).toEqual(expect.arrayContaining(steps));
    // The console shows each step's own request id.
    const printed = consoleSummary(summary, 'conformance.html');
    for (const step of steps) expect(printed).toContain(`(X-Request-ID: ${step.requestId})`);

    const files = assembleRecording(reportDir, runId, ['har', 'ndjson'], { name: 'test', version: '0' });
    expect(files).toHaveLength(2);
    const events = readFileSync(join(reportDir, 'exchanges.ndjson'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as RecordedExchangeEvent);
    const recorded = events.find((e) => e.request.trace?.requestId === trace.requestId)!;
    expect(recorded.request.headers['x-request-id']).toBe(trace.requestId);
    expect(recorded.request.trace).toEqual(trace);
    const har = JSON.parse(readFileSync(join(reportDir, 'exchanges.har'), 'utf8')) as Har;
    const entry = har.log.entries.find((e) => e.request.headers.some((h) => h.name === 'x-request-id' && h.value === trace.requestId))!;
    expect(entry.request.headers).toContainEqual({ name: 'traceparent', value: trace.traceparent });
    expect((entry as unknown as { _trace: RequestTrace })._trace).toEqual(trace);
  } finally {
    await wrongBody.server.close();
    await wrongCode.server.close();
  }
});

test("both targets of a differential run share each value's trace, each request its own id; the SDK transport sends the ids as the call's headers", async () => {
  const target = await recordingFaultyServer((_request, correct) => correct());
  const reference = await recordingFaultyServer((_request, correct) => correct());
  const viaSdk = await recordingFaultyServer((_request, correct) => correct());
  try {
    await runProperty(valid, target.server.url, { runs: 4, env: { PRELUDE_REFERENCE_URL: reference.server.url } });
    const traces = (received: typeof target.received) => received.map((r) => r.traceparent!.slice(3, 35)).sort();
    expect(target.received).toHaveLength(4);
    expect(traces(reference.received)).toEqual(traces(target.received));
    expect(new Set([...target.received, ...reference.received].map((r) => r.requestId)).size).toBe(8);

    await runProperty(valid, viaSdk.server.url, { runs: 3, env: { CONFORMANCE_TRANSPORT: 'sdk' } });
    expect(viaSdk.received.length).toBeGreaterThanOrEqual(3);
    expect(viaSdk.received.every((r) => r.bySdk)).toBe(true);
    for (const r of viaSdk.received) {
      expect(r.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(r.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    }
  } finally {
    await Promise.all([target, reference, viaSdk].map((s) => s.server.close()));
  }
});

test('the ids never change what a seed draws: the same values with the ids on and off; off, the server gets neither header', async () => {
  const drawnWith = async (requestIdHeader: string) => {
    const drawn: CreateUserCase[] = [];
    const watched: PropertyDefinition<CreateUserCase> = {
      ...valid,
      execute: (value, pipeline, context) => (drawn.push(value), valid.execute(value, pipeline, context)),
    };
    const { server, received } = await recordingFaultyServer((_request, correct) => correct());
    try {
      await runProperty(watched, server.url, { runs: 15, seed: 7, shrink: false, env: { CONFORMANCE_REQUEST_ID_HEADER: requestIdHeader } });
    } finally {
      await server.close();
    }
    return { drawn: drawn.map((d) => JSON.stringify(d)).sort(), received };
  };
  const on = await drawnWith('X-Request-ID');
  const off = await drawnWith('none');
  expect(on.drawn).toHaveLength(15);
  expect(off.drawn).toEqual(on.drawn);
  expect(on.received.every((r) => r.requestId !== undefined && r.traceparent !== undefined)).toBe(true);
  expect(off.received.every((r) => r.requestId === undefined && r.traceparent === undefined)).toBe(true);
});
