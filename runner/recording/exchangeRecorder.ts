import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runSecrets } from '../../config/runSecrets.ts';
import type { SuiteConfig } from '../../config/suiteConfig.ts';
import { redactHeaders, redactRequest, scrubSecret } from '../../transport/redact.ts';
import type { CaseOutcome } from '../casePipeline.ts';
import type { RecordedExchangeEvent } from './RecordedEvent.ts';

/** Bodies in recordings are cut here: enough for any answer this operation gives, bounded for hostile ones. */
const RECORDED_BODY_CHARS = 65_536;

/** Where a worker appends its events; the reporter assembles them (see `assembleRecording`). */
export function recordingDir(reportDir: string): string {
  return join(reportDir, 'exchanges.parts');
}

/** Records one judged exchange of a property; a no-op unless `--record` asked for it. */
export type ExchangeRecorder = (outcome: CaseOutcome, property: string, side: RecordedExchangeEvent['side']) => void;

/**
 * A recorder for this worker process: one NDJSON line per exchange, appended as it happens (so
 * nothing is held in memory and nothing is lost if the run is cut short), redacted like the
 * reports: credential headers by name, secret headers by variable, and every secret by value.
 */
export function exchangeRecorder(config: SuiteConfig, workerIndex: number): ExchangeRecorder {
  if (config.record.length === 0) return () => {};
  const dir = recordingDir(config.reportDir);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${config.runId}-w${workerIndex}-p${process.pid}.ndjson`);
  const secrets = runSecrets(config);
  return (outcome, property, side) => {
    const { exchange, testCase, results } = outcome;
    const request = redactRequest(exchange.request);
    const event: RecordedExchangeEvent = {
      type: 'exchange',
      property,
      side,
      family: testCase.family,
      ...(outcome.label ? { label: outcome.label } : {}),
      expectation: testCase.expectation.kind,
      startedAt: new Date(Date.now() - exchange.elapsedMs).toISOString(),
      elapsedMs: Math.round(exchange.elapsedMs * 10) / 10,
      request: {
        method: request.method,
        url: request.url,
        headers: request.headers,
        ...(request.body === undefined ? {} : { body: cut(bodyText(request.body)) }),
        ...(request.trace ? { trace: request.trace } : {}),
      },
      ...(exchange.response
        ? {
            response: {
              status: exchange.response.status,
              headers: redactHeaders(exchange.response.headers),
              body: cut(exchange.response.bodyText),
              truncated: exchange.response.truncated,
            },
          }
        : {}),
      ...(exchange.failure ? { failure: exchange.failure } : {}),
      findings: results.findings.map((f) => ({ check: f.check, severity: f.severity, message: f.message })),
    };
    appendFileSync(file, `${secrets.reduce(scrubSecret, JSON.stringify(event))}\n`);
  };
}

function bodyText(body: string | Uint8Array): string {
  return typeof body === 'string' ? body : Buffer.from(body).toString('utf8');
}

function cut(text: string): string {
  return text.length <= RECORDED_BODY_CHARS ? text : `${text.slice(0, RECORDED_BODY_CHARS)} …(${text.length - RECORDED_BODY_CHARS} more characters)`;
}
