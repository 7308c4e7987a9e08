import type { Entry, Header } from 'har-format';
import type { RecordedExchangeEvent } from './RecordedEvent.ts';

const headers = (record: Readonly<Record<string, string>>): Header[] => Object.entries(record).map(([name, value]) => ({ name, value }));

/**
 * A recorded exchange as a HAR 1.2 entry, for browser devtools and HAR viewers. HAR has no place
 * for a request that got no answer: it gets status 0 and the failure in `_error`, as browsers
 * write it. The suite's own facts (property, family, findings) go in `_`-prefixed fields, which
 * HAR reserves for custom data.
 */
export function harEntry(event: RecordedExchangeEvent): Entry & Record<`_${string}`, unknown> {
  const requestType = event.request.headers['content-type'] ?? '';
  const responseType = event.response?.headers['content-type'] ?? '';
  return {
    startedDateTime: event.startedAt,
    time: event.elapsedMs,
    request: {
      method: event.request.method,
      url: event.request.url,
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: headers(event.request.headers),
      queryString: [...new URL(event.request.url).searchParams].map(([name, value]) => ({ name, value })),
      headersSize: -1,
      bodySize: event.request.body === undefined ? 0 : Buffer.byteLength(event.request.body),
      ...(event.request.body === undefined ? {} : { postData: { mimeType: requestType, text: event.request.body } }),
    },
    response: {
      status: event.response?.status ?? 0,
      statusText: '',
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: headers(event.response?.headers ?? {}),
      content: { size: event.response ? Buffer.byteLength(event.response.body) : 0, mimeType: responseType, text: event.response?.body ?? '' },
      redirectURL: event.response?.headers['location'] ?? '',
      headersSize: -1,
      bodySize: event.response ? Buffer.byteLength(event.response.body) : -1,
    },
    cache: {},
    timings: { send: 0, wait: event.elapsedMs, receive: 0 },
    ...(event.failure ? { _error: event.failure } : {}),
    _property: event.property,
    _side: event.side,
    _family: event.family,
    _expectation: event.expectation,
    ...(event.label ? { _label: event.label } : {}),
    // The ids are among the request headers too; here a HAR reader need not know the header's name.
    ...(event.request.trace ? { _trace: event.request.trace } : {}),
    _findings: event.findings,
  };
}
