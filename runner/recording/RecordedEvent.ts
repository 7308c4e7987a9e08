import type { Severity } from '../../vocabulary/Finding.ts';
import type { RequestTrace } from '../../vocabulary/RequestTrace.ts';

/**
 * One line of a recording (`--record ndjson`): an exchange as it happened, redacted, with the
 * property and case it belongs to and what the checks found in it. The HAR file is built from these.
 */
export interface RecordedExchangeEvent {
  readonly type: 'exchange';
  readonly property: string;
  readonly side: 'target' | 'reference';
  readonly family: string;
  readonly label?: string;
  readonly expectation: string;
  readonly startedAt: string;
  readonly elapsedMs: number;
  readonly request: {
    readonly method: string;
    readonly url: string;
    readonly headers: Readonly<Record<string, string>>;
    readonly body?: string;
    /** The request id and trace the suite sent (also among `headers`): what a finding's id is looked up by. */
    readonly trace?: RequestTrace;
  };
  readonly response?: { readonly status: number; readonly headers: Readonly<Record<string, string>>; readonly body: string; readonly truncated: boolean };
  readonly failure?: string;
  readonly findings: ReadonlyArray<{ readonly check: string; readonly severity: Severity; readonly message: string }>;
}
