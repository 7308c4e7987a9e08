import type { WireRequest } from '../vocabulary/Exchange.ts';

/**
 * The headers the suite added to identify `request` (see `stampRequestIds`), lower-case name →
 * value as sent: what the SDK transport passes on its call, and what a curl line leaves out (a
 * request sent again by hand is another request, and the same id on two requests in the target's
 * logs would make the finding's id point at both).
 */
export function requestIdHeaders(request: WireRequest): Record<string, string> {
  const { trace } = request;
  if (trace === undefined) return {};
  const names = [
    ...(trace.requestIdHeader === undefined ? [] : [trace.requestIdHeader.toLowerCase()]),
    ...(trace.traceparent === undefined ? [] : ['traceparent']),
  ];
  return Object.fromEntries(names.flatMap((name) => (request.headers[name] === undefined ? [] : [[name, request.headers[name]]])));
}
