import type { Exchange } from '../../vocabulary/Exchange.ts';
import { redactHeaders, redactRequest } from '../../transport/redact.ts';
import type { RecordedExchange } from '../../vocabulary/PropertyReport.ts';

/** Bodies in reports are cut here: enough to read, small enough for thousands of findings. */
export const REPORTED_BODY_CHARS = 4_096;

/** An exchange as reports may show it: token redacted, bodies cut. */
export function recordExchange(exchange: Exchange): RecordedExchange {
  const request = redactRequest(exchange.request);
  const body = request.body === undefined ? undefined : typeof request.body === 'string' ? request.body : Buffer.from(request.body).toString('utf8');
  const response = exchange.response;
  return {
    request: { ...request, body: cut(body) },
    response: response && {
      status: response.status,
      headers: redactHeaders(response.headers),
      body: cut(response.bodyText + (response.truncated ? ' …(truncated by the suite)' : '')) ?? '',
    },
    failure: exchange.failure,
    elapsedMs: Math.round(exchange.elapsedMs * 10) / 10,
  };
}

function cut(text: string | undefined): string | undefined {
  if (text === undefined || text.length <= REPORTED_BODY_CHARS) return text;
  return `${text.slice(0, REPORTED_BODY_CHARS)} …(${text.length - REPORTED_BODY_CHARS} more characters)`;
}
