import type { FidelitySummary } from '../../vocabulary/ConformanceSummary.ts';
import { plural } from '../reportText.ts';

// Plain-text pieces of the Fidelity section, shared by the Markdown and HTML views.

/** `99.5%` (one decimal, never rounded up to 100% while anything disagreed). */
export function percent(rate: number): string {
  const value = Math.floor(rate * 1000) / 10;
  return `${value}%`;
}

/** "Compared with the reference http://…: 410 of 412 exchanges agree (99.5%)." */
export function agreementHeadline(reference: NonNullable<FidelitySummary['reference']>): string {
  const { compared, agreed, rate } = reference.total;
  const left =
    reference.notCompared > 0
      ? ` ${plural(reference.notCompared, 'exchange')} not compared: ${reference.notCompared === 1 ? 'its identities' : 'their identities'} could not be made fresh on either side, so the outcome depends on earlier state, not on behaviour.`
      : '';
  return `Every generated case was also sent to the reference ${reference.url} and each step's status, error code and schema branch compared: ${agreed} of ${plural(compared, 'exchange')} agree (${percent(rate)}).${left}`;
}

export const REFERENCE_FINDINGS_NOTE =
  "The reference's own answers went through every check too; what they found is a note about the reference and never fails the run:";

/** "Through the SDK: 320 calls; 58 exchanges the SDK cannot express went through fetch (…)." */
export function sdkHeadline(sdk: NonNullable<FidelitySummary['sdk']>): string {
  const fallback = sdk.viaFetch.reduce((n, v) => n + v.exchanges, 0);
  const reasons = sdk.viaFetch.map((v) => `${v.reason}: ${v.exchanges}`).join('; ');
  return (
    `Sent through the official SDK (@prelude.so/sdk, default options) via a recording proxy: ${plural(sdk.calls, 'call')}` +
    (fallback > 0 ? `; ${plural(fallback, 'exchange')} the SDK cannot express went through fetch (${reasons}).` : '.') +
    " HTTP requests per call, by the server's final answer (more than 1 is the SDK re-sending the create):"
  );
}

/** Requests per call, one decimal. */
export function perCall(row: { readonly calls: number; readonly requests: number }): string {
  return row.calls === 0 ? '–' : String(Math.round((row.requests / row.calls) * 10) / 10);
}
