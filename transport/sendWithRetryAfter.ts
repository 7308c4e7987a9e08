import type { Exchange, WireRequest } from '../vocabulary/Exchange.ts';
import { sendRequest, type SendOptions } from './sendRequest.ts';
import { REAL_WAITING_CLOCK, type WaitingClock } from './WaitingClock.ts';

export interface RetryAfterOptions extends SendOptions {
  /** How many times a 429 is retried before it is returned (and judged) as the answer. */
  readonly maxRetries: number;
  /** The longest wait honoured; a longer `Retry-After` is capped to this. */
  readonly maxWaitMs: number;
  /** Called with the wait, so the caller can hold back its other requests too. */
  readonly onBackoff?: (waitMs: number) => void;
  /** What the back-off waits on (default: the real clock). */
  readonly clock?: WaitingClock;
}

/**
 * Sends a request, honouring `429 Too Many Requests` with `Retry-After` (seconds or an HTTP date)
 * within limits: a shared staging target that asks us to slow down is obeyed, not hammered, and a
 * target that keeps answering 429 ends with that answer instead of a hang.
 */
export async function sendWithRetryAfter(request: WireRequest, options: RetryAfterOptions): Promise<Exchange> {
  let exchange = await sendRequest(request, options);
  for (let retry = 0; retry < options.maxRetries && exchange.response?.status === 429; retry++) {
    const waitMs = Math.min(retryAfterMs(exchange.response.headers['retry-after']) ?? 1_000, options.maxWaitMs);
    options.onBackoff?.(waitMs);
    await (options.clock ?? REAL_WAITING_CLOCK).wait(waitMs);
    exchange = await sendRequest(request, options);
  }
  return exchange;
}

/** `Retry-After` as milliseconds from now; undefined when absent or unreadable. */
export function retryAfterMs(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  if (/^\s*\d+\s*$/.test(header)) return Number(header) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
