import type { ConformanceSummary, FidelitySummary, ValueClassCoverage } from '../vocabulary/ConformanceSummary.ts';
import { findingSection } from './findingSection.ts';
import { causeMessage, causeTitle } from './_internals/groupCauses.ts';
import { SEVERITY_STYLE } from './_internals/severityStyle.ts';
import { codeSpan, textCell } from './markdown.ts';
import { agreementHeadline, perCall, percent, REFERENCE_FINDINGS_NOTE, sdkHeadline } from './_internals/fidelityText.ts';
import { fixedEntriesText, ms, plural, runLine, verdictHeadline } from './reportText.ts';
import { valueClassAnswers } from './_internals/summarizeValueClasses.ts';

/** A PR comment stays readable: the rest is in conformance.html and conformance.json. */
const MAX_FINDINGS = 10;
const MAX_BODY_CHARS = 600;
const VERDICT_ICONS: Record<ConformanceSummary['verdict'], string> = { pass: '✅', fail: '❌', incomplete: '⚠️', plan: '📝', empty: '∅' };

/**
 * `conformance.md`: the verdict, per-check counts, findings (each with counterexample and replay),
 * the documented (status, code) matrix, the value classes sent and latencies, short enough for a PR comment or
 * `$GITHUB_STEP_SUMMARY`.
 */
export function renderMarkdown(summary: ConformanceSummary): string {
  const shown = summary.findings.slice(0, MAX_FINDINGS);
  const more = summary.findings.length - shown.length;
  return [
    `## ${VERDICT_ICONS[summary.verdict]} Create-user conformance: ${verdictHeadline(summary)}`,
    '',
    `${codeSpan(summary.run.operation)} · ${textCell(runLine(summary))}`,
    ...(summary.run.specUsedForMatrix.matchesRun === false
      ? ['', '> The spec loaded for the matrix differs from the one the run used (sha256 mismatch).']
      : []),
    ...(summary.causes.length > 0
      ? [
          '',
          '### By cause, most basic first',
          '',
          ...summary.causes.map((c) => `- ${SEVERITY_STYLE[c.severity].icon} ${textCell(causeTitle(c))}: ${textCell(causeMessage(c))}`),
        ]
      : []),
    '',
    ...fixedEntriesText(summary).flatMap((line) => [`- ${textCell(line)}`]),
    ...(summary.baseline?.fixed.length ? [''] : []),
    '| check | cases | passed | errors | warnings | notes |',
    '|---|---:|---:|---:|---:|---:|',
    ...summary.checks.map((c) =>
      c.notExercised !== undefined
        ? `| ${codeSpan(c.id)}${c.custom ? ' (custom)' : ''} | 0 | not exercised: ${textCell(c.notExercised)} | – | – | – |`
        : `| ${codeSpan(c.id)}${c.custom ? ' (custom)' : ''} | ${c.cases} | ${c.passes} | ${c.errors} | ${c.warnings} | ${c.notes} |`,
    ),
    ...(summary.run.metadata?.customChecks ? ['', `(custom): from ${codeSpan(summary.run.metadata.customChecks.module)} (\`--checks-module\`).`] : []),
    ...(summary.findings.length > 0 ? ['', `### Findings (${summary.findings.length})`, '', ...shown.flatMap((f) => findingSection(f, MAX_BODY_CHARS))] : []),
    ...(more > 0 ? [`…and ${more} more in conformance.html / conformance.json.`, ''] : []),
    ...(summary.fidelity ? fidelitySection(summary.fidelity) : []),
    ...(summary.testsWithoutOutcome.length > 0
      ? [
          '',
          '### Tests without an outcome',
          '',
          ...summary.testsWithoutOutcome.map((t) => `- ${textCell(t.title)}: ${t.status}${t.error ? ` — ${textCell(t.error.split('\n')[0]!)}` : ''}`),
        ]
      : []),
    '',
    '### Documented (status, code) matrix',
    '',
    '| status | code | observed | targeted | never provoked because |',
    '|---|---|---:|---:|---|',
    ...summary.matrix.map(
      (r) =>
        `| ${r.status}${r.documented ? '' : ' (undocumented)'} | ${textCell(r.code ?? '')} | ${r.observed} | ${r.targeted} | ${textCell(r.neverProvokedBecause ?? '')} |`,
    ),
    '',
    ...(summary.valueClasses ? valueClassSection(summary.valueClasses) : []),
    '### Latency (ms)',
    '',
    '| status | cases | p50 | p95 | p99 | max |',
    '|---|---:|---:|---:|---:|---:|',
    ...summary.latencies.map((l) => `| ${textCell(l.status)} | ${l.count} | ${ms(l.p50)} | ${ms(l.p95)} | ${ms(l.p99)} | ${ms(l.max)} |`),
    '',
  ].join('\n');
}

/** Per location, each realistic value class: how often it was sent and what it provoked, or that it was never drawn. */
function valueClassSection(coverage: readonly ValueClassCoverage[]): string[] {
  return [
    '### Value classes sent (valid requests)',
    '',
    '| location | class | sent | answers |',
    '|---|---|---:|---|',
    ...coverage.flatMap((l) => l.classes.map((c) => `| ${codeSpan(l.location)} | ${textCell(c.name)} | ${c.sent} | ${textCell(valueClassAnswers(c))} |`)),
    '',
  ];
}

/** Agreement per case family (differential run) and the SDK's requests per call (SDK run). */
function fidelitySection(fidelity: FidelitySummary): string[] {
  const { reference, sdk } = fidelity;
  return [
    '',
    '### Fidelity',
    '',
    ...(reference
      ? [
          agreementHeadline(reference),
          '',
          '| case family | compared | agreed | agreement |',
          '|---|---:|---:|---:|',
          ...reference.families.map((f) => `| ${textCell(f.family)} | ${f.compared} | ${f.agreed} | ${percent(f.rate)} |`),
          ...(reference.referenceFindings.length > 0
            ? [
                '',
                REFERENCE_FINDINGS_NOTE,
                '',
                ...reference.referenceFindings.map(
                  (f) =>
                    `- ${codeSpan(f.check)} (${f.severity}) · ${f.status ?? 'no response'}${f.code ? ` ${textCell(f.code)}` : ''} · ${textCell(f.family)}: ${textCell(f.message)} — ${plural(f.occurrences, 'case')}`,
                ),
              ]
            : []),
          '',
        ]
      : []),
    ...(sdk
      ? [
          sdkHeadline(sdk),
          '',
          '| final status | SDK calls | HTTP requests | per call |',
          '|---|---:|---:|---:|',
          ...sdk.requestsByFinalStatus.map((r) => `| ${textCell(r.status)} | ${r.calls} | ${r.requests} | ${perCall(r)} |`),
          '',
        ]
      : []),
  ];
}
