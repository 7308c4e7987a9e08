import { severityChangesText } from '../runner/runSelection.ts';
import type { RecordedExchange } from '../vocabulary/PropertyReport.ts';
import type { RequestTrace } from '../vocabulary/RequestTrace.ts';
import type { ConformanceSummary, SummaryFinding } from '../vocabulary/ConformanceSummary.ts';

// Plain-text pieces shared by the Markdown and HTML views, so both say the same thing.

/** Per verdict: its word, and what the headline says after it. A run that judged nothing never reads as a pass. */
const HEADLINES: Record<ConformanceSummary['verdict'], { word: string; say: (summary: ConformanceSummary) => string }> = {
  pass: { word: 'PASS', say: (s) => `${findingCounts(s)} in ${casesAndProperties(s)}` },
  fail: { word: 'FAIL', say: (s) => `${findingCounts(s)} in ${casesAndProperties(s)}` },
  incomplete: {
    word: 'INCOMPLETE',
    say: (s) => `${plural(s.testsWithoutOutcome.filter((t) => t.status !== 'skipped').length, 'test')} ended without an outcome in ${casesAndProperties(s)}`,
  },
  plan: {
    word: 'PLAN',
    say: (s) => `dry run (CONFORMANCE_DRY_RUN=1), ${plural(s.totals.properties, 'property', 'properties')} planned, nothing sent, nothing judged`,
  },
  empty: { word: 'NOTHING SELECTED', say: () => 'no conformance test matched the selection (-g/--grep, file filter or shard), nothing was judged' },
};

/** "FAIL: 2 error findings, 1 warning in 120 cases (2 properties)", or "PLAN: dry run … nothing sent". */
export function verdictHeadline(summary: ConformanceSummary): string {
  const headline = HEADLINES[summary.verdict];
  return `${headline.word}: ${headline.say(summary)}${leftOutBySelection(summary)}${baselineCounts(summary)}`;
}

/** "; baseline: 3 known, 1 new, 1 expired, 2 fixed (remove them)": what the verdict was earned against. */
function baselineCounts({ baseline }: ConformanceSummary): string {
  if (baseline === undefined) return '';
  const fixed = baseline.fixed.length;
  const parts = [
    `${baseline.known} known`,
    `${baseline.new} new`,
    ...(baseline.expired > 0 ? [`${baseline.expired} expired`] : []),
    ...(fixed > 0
      ? [`${fixed} not seen though ${fixed === 1 ? 'its property' : 'their properties'} ran (fixed? then remove ${fixed === 1 ? 'it' : 'them'})`]
      : []),
    ...(baseline.notChecked > 0 ? [`${baseline.notChecked} not checked by this run`] : []),
  ];
  return `; baseline: ${parts.join(', ')}`;
}

/** The baseline's entries this run shows are fixed, one line each: what to remove from the file. */
export function fixedEntriesText({ baseline }: ConformanceSummary): string[] {
  return (baseline?.fixed ?? []).map((e) => `not seen though its property ran (fixed? then remove it from ${baseline!.file}): ${e.key} (${e.reason})`);
}

/** How a finding stands against the baseline, after its title: " [known: flaky gateway, ticket 12]", " [new]". */
export function baselineTag(status: SummaryFinding['baseline']): string {
  if (status === undefined) return '';
  if (status.status === 'known') return ` [known: ${status.reason ?? ''}${status.expires ? `; until ${status.expires}` : ''}]`;
  if (status.status === 'expired') return ` [baseline entry expired ${status.expires ?? ''}: fails again]`;
  return ' [new]';
}

/**
 * A verdict earned with part of the suite, or with checks at other severities, says so: "; left
 * out by the selection: checks a, b; phases model; severities changed: auth → off".
 */
function leftOutBySelection(summary: ConformanceSummary): string {
  const selection = summary.run.metadata?.selection;
  const changes = summary.run.metadata?.severityChanges ?? [];
  const parts = [
    ...(selection && selection.checksLeftOut.length > 0 ? [`checks ${selection.checksLeftOut.join(', ')}`] : []),
    ...(selection && selection.phasesLeftOut.length > 0 ? [`phases ${selection.phasesLeftOut.join(', ')}`] : []),
  ];
  return [
    ...(parts.length > 0 ? [`; left out by the selection: ${parts.join('; ')}`] : []),
    ...(changes.length > 0 ? [`; severities changed: ${severityChangesText(changes)}`] : []),
  ].join('');
}

function findingCounts({ totals }: ConformanceSummary): string {
  const notes = totals.noteFindings ?? 0;
  return `${plural(totals.errorFindings, 'error finding')}, ${plural(totals.warningFindings, 'warning')}${notes > 0 ? `, ${plural(notes, 'note')}` : ''}`;
}

function casesAndProperties({ totals }: ConformanceSummary): string {
  return `${plural(totals.cases, 'case')} (${plural(totals.properties, 'property', 'properties')})`;
}

/** The run's identity in one line: target, spec, seed, suite. */
export function runLine(summary: ConformanceSummary): string {
  const meta = summary.run.metadata;
  const parts = [
    meta ? `target ${meta.target.kind === 'emulator' ? `embedded emulator (${meta.target.url})` : meta.target.url}` : 'target unknown',
    meta
      ? `spec ${meta.spec.title} ${meta.spec.version} (sha256 ${meta.spec.sha256.slice(0, 12)})`
      : `spec sha256 ${summary.run.specUsedForMatrix.sha256.slice(0, 12)}`,
    `seed ${summary.run.seed ?? 'unknown'}`,
    meta ? `suite ${meta.suiteVersion}, run ${meta.runId}` : undefined,
  ];
  return parts.filter(Boolean).join(' · ');
}

/** "201", "400 invalid_request", or "no response". */
export function findingOutcome(finding: SummaryFinding): string {
  if (finding.status === undefined) return 'no response';
  return finding.code === undefined ? String(finding.status) : `${finding.status} ${finding.code}`;
}

/**
 * How to find a request in the target's logs, as every view prints it: `X-Request-ID: <id>; trace
 * <trace id>` (`withTrace` false: the request id alone, for a scenario's steps, which share the
 * trace); undefined when the suite sent no ids (`none`, or a report older than them).
 */
export function requestIdText(trace: RequestTrace | undefined, withTrace = true): string | undefined {
  if (trace === undefined) return undefined;
  const parts = [
    ...(trace.requestId === undefined ? [] : [`${trace.requestIdHeader ?? 'request id'}: ${trace.requestId}`]),
    ...(withTrace && trace.traceId !== undefined ? [`trace ${trace.traceId}`] : []),
  ];
  return parts.length === 0 ? undefined : parts.join('; ');
}

/** The counterexample as two HTTP-like text blocks, bodies cut at `maxBodyChars`. */
export function exchangeText(exchange: RecordedExchange, maxBodyChars: number): { request: string; response: string } {
  const { request, response, failure } = exchange;
  const request_ = [
    `${request.method} ${request.url}`,
    ...headerLines(request.headers),
    ...(request.body === undefined ? [] : ['', cut(request.body, maxBodyChars)]),
  ];
  const response_ = response
    ? [`HTTP ${response.status}`, ...headerLines(response.headers), '', cut(response.body, maxBodyChars)]
    : [`no response: ${failure ?? 'unknown failure'}`];
  return { request: request_.join('\n'), response: response_.join('\n') };
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** Milliseconds with one decimal at most. */
export function ms(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 10) / 10) : '–';
}

/** Connection plumbing says nothing about conformance: left to conformance.json. */
const NOISE_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date']);

function headerLines(headers: Readonly<Record<string, string>>): string[] {
  return Object.entries(headers)
    .filter(([name]) => !NOISE_HEADERS.has(name))
    .map(([name, value]) => `${name}: ${value}`);
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)} …(${text.length - max} more characters in conformance.json)`;
}
