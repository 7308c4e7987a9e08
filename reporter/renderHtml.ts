import { minimisationText } from './minimisationText.ts';
import type { CauseGroup, CheckSummary, ConformanceSummary, FidelitySummary, SummaryFinding, ValueClassCoverage } from '../vocabulary/ConformanceSummary.ts';
import { escapeHtml as esc } from './_internals/escapeHtml.ts';
import { HTML_SCRIPT } from './_internals/htmlScript.ts';
import { HTML_STYLE } from './_internals/htmlStyle.ts';
import { agreementHeadline, perCall, percent, REFERENCE_FINDINGS_NOTE, sdkHeadline } from './_internals/fidelityText.ts';
import { baselineTag, exchangeText, fixedEntriesText, findingOutcome, ms, plural, requestIdText, verdictHeadline } from './reportText.ts';
import { valueClassAnswers } from './_internals/summarizeValueClasses.ts';
import { causeMessage } from './_internals/groupCauses.ts';

const MAX_BODY_CHARS = 4_096;

/**
 * `conformance.html`: one standalone page (inline CSS and one inline script, no external asset; a
 * CSP forbids loading anything and running any other script) with the verdict, the checks, the
 * findings, the matrix, the value classes sent and the latencies; each replay and curl line has a
 * copy button, and the page reads at phone width.
 * Every piece of text is escaped: bodies and headers come from the target.
 */
export function renderHtml(summary: ConformanceSummary): string {
  const meta = summary.run.metadata;
  const rows: Array<[string, string]> = [
    ['operation', summary.run.operation],
    ['target', meta ? `${meta.target.url}${meta.target.kind === 'emulator' ? ' (embedded emulator)' : ''}` : 'unknown'],
    ['spec', meta ? `${meta.spec.title} ${meta.spec.version} · sha256 ${meta.spec.sha256}` : `sha256 ${summary.run.specUsedForMatrix.sha256}`],
    ['seed', `${summary.run.seed ?? 'unknown'} (reproduce the run with CONFORMANCE_SEED=${summary.run.seed ?? '…'})`],
    ['run', `${meta?.runId ?? 'unknown'} · ${summary.run.startedAt} → ${summary.run.endedAt} (${(summary.run.durationMs / 1000).toFixed(1)} s)`],
    ['suite', meta?.suiteVersion ?? 'unknown'],
    ...(meta?.customChecks
      ? [['custom checks', `${meta.customChecks.checks.map((c) => c.id).join(', ')} from ${meta.customChecks.module}`] as [string, string]]
      : []),
    ['tests', `${summary.totals.tests.passed} passed, ${summary.totals.tests.failed} failed, ${summary.totals.tests.skipped} skipped`],
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src ${HTML_SCRIPT.cspSource}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`Conformance ${summary.verdict.toUpperCase()}: ${summary.run.operation}`)}</title>
<style>${HTML_STYLE}</style></head>
<body><main>
<header class="verdict ${summary.verdict}"><h1>${esc(verdictHeadline(summary))}</h1><p>${esc(summary.run.operation)}</p></header>
${summary.causes.length ? causesSection(summary.causes) : ''}
<section><h2>Run</h2><dl>${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>
${summary.run.specUsedForMatrix.matchesRun === false ? '<p class="bad">The spec loaded for the matrix differs from the one the run used (sha256 mismatch).</p>' : ''}</section>
${
  fixedEntriesText(summary).length
    ? `<section><h2>Baseline</h2><ul>${fixedEntriesText(summary)
        .map((line) => `<li>${esc(line)}</li>`)
        .join('')}</ul></section>\n`
    : ''
}<section><h2>Checks</h2><table class="stack"><thead><tr><th>check</th><th>what it means</th><th class="n">cases</th><th class="n">passed</th><th class="n">errors</th><th class="n">warnings</th><th class="n">notes</th></tr></thead><tbody>
${summary.checks.map(checkRow).join('\n')}
</tbody></table>${summary.skippedChecks.length ? `<p class="muted">Skipped: ${summary.skippedChecks.map((s) => `${esc(s.check)} (${esc(s.reason)})`).join('; ')}</p>` : ''}</section>
<section><h2>Findings (${summary.findings.length})</h2>${summary.findings.length ? findingsTable(summary.findings) : '<p class="muted">None.</p>'}</section>
${summary.fidelity ? fidelitySection(summary.fidelity) : ''}
${summary.testsWithoutOutcome.length ? `<section><h2>Tests without an outcome</h2><ul>${summary.testsWithoutOutcome.map((t) => `<li>${esc(t.title)}: ${esc(t.status)}${t.error ? `<pre>${esc(t.error)}</pre>` : ''}</li>`).join('')}</ul></section>` : ''}
<section><h2>Documented (status, code) matrix</h2><table><thead><tr><th>status</th><th>code</th><th class="n">observed</th><th class="n">targeted</th><th>never provoked because</th></tr></thead><tbody>
${summary.matrix.map((r) => `<tr class="${r.documented ? (r.observed ? '' : 'never') : 'undocumented'}"><td>${esc(r.status)}${r.documented ? '' : ' (undocumented)'}</td><td>${r.code ? `<code>${esc(r.code)}</code>` : ''}</td><td class="n">${r.observed}</td><td class="n">${r.targeted}</td><td>${esc(r.neverProvokedBecause ?? '')}</td></tr>`).join('\n')}
</tbody></table></section>
${summary.valueClasses ? valueClassSection(summary.valueClasses) : ''}
<section><h2>Latency (ms)</h2><table><thead><tr><th>status</th><th class="n">cases</th><th class="n">p50</th><th class="n">p95</th><th class="n">p99</th><th class="n">max</th></tr></thead><tbody>
${summary.latencies.map((l) => `<tr><td>${esc(l.status)}</td><td class="n">${l.count}</td><td class="n">${ms(l.p50)}</td><td class="n">${ms(l.p95)}</td><td class="n">${ms(l.p99)}</td><td class="n">${ms(l.max)}</td></tr>`).join('\n')}
</tbody></table></section>
${summary.findings.length ? `<section><h2>Counterexamples and replays</h2>${summary.findings.map(findingHtml).join('\n')}</section>` : ''}
</main><script>${HTML_SCRIPT.text}</script></body></html>
`;
}

/** The findings by cause, most basic first, each linking to its plainest finding's counterexample. */
function causesSection(causes: readonly CauseGroup[]): string {
  return `<section><h2>By cause, most basic first</h2><table class="stack"><thead><tr><th>severity</th><th>checks</th><th>answer</th><th class="n">findings</th><th class="n">cases</th><th>what was seen</th></tr></thead><tbody>
${causes.map((c) => `<tr><td><span class="sev ${esc(c.severity)}">${esc(c.severity)}</span></td><td><a href="#finding-${c.firstFinding + 1}">${c.checks.map((k) => `<code>${esc(k.check)}</code>${k.severity === c.severity ? '' : ` (${esc(k.severity)})`}`).join(', ')}</a></td><td>${esc(c.answer)}</td><td class="n" data-label="findings">${c.findings}</td><td class="n" data-label="cases">${c.occurrencesAtLeast ? '≥ ' : ''}${c.occurrences}</td><td>${esc(causeMessage(c))}</td></tr>`).join('\n')}
</tbody></table></section>`;
}

/** A check's row; one that judged no case says "not exercised" and why instead of passing 0 of 0. */
function checkRow(c: CheckSummary): string {
  const head = `<td><code>${esc(c.id)}</code>${c.custom ? ' <span class="muted">custom</span>' : ''}</td><td>${esc(c.description)}</td>`;
  if (c.notExercised !== undefined)
    return `<tr class="never">${head}<td class="n" data-label="cases">0</td><td colspan="4">not exercised: ${esc(c.notExercised)}</td></tr>`;
  return `<tr>${head}<td class="n" data-label="cases">${c.cases}</td><td class="n" data-label="passed">${c.passes}</td><td class="n${c.errors ? ' bad' : ''}" data-label="errors">${c.errors}</td><td class="n${c.warnings ? ' warnc' : ''}" data-label="warnings">${c.warnings}</td><td class="n" data-label="notes">${c.notes}</td></tr>`;
}

/** One line per finding, linking to its counterexample further down: the page's overview. */
function findingsTable(findings: readonly SummaryFinding[]): string {
  return `<table class="stack"><thead><tr><th>severity</th><th>check</th><th>outcome</th><th>family</th><th>what is wrong</th><th class="n">cases</th></tr></thead><tbody>
${findings.map((f, i) => `<tr><td><span class="sev ${esc(f.severity)}">${esc(f.severity)}</span></td><td><a href="#finding-${i + 1}"><code>${esc(f.check)}</code></a></td><td>${esc(findingOutcome(f))}</td><td>${esc(f.family)}</td><td>${esc(f.message)}</td><td class="n" data-label="cases">${f.occurrences}</td></tr>`).join('\n')}
</tbody></table>`;
}

function findingHtml(finding: SummaryFinding, index: number): string {
  const { request, response } = exchangeText(finding.counterexample, MAX_BODY_CHARS);
  const ids = requestIdText(finding.counterexample.request.trace);
  return `<details id="finding-${index + 1}"${index === 0 ? ' open' : ''}><summary><span class="sev ${esc(finding.severity)}">${esc(finding.severity)}</span> <code>${esc(finding.check)}</code> · ${esc(findingOutcome(finding))} · ${esc(finding.family)}${esc(baselineTag(finding.baseline))}: ${esc(finding.message)} <span class="muted">(${plural(finding.occurrences, 'case')})</span></summary>
<p class="muted">Counterexample (${esc(minimisationText(finding))}) · properties: ${esc(finding.properties.join(', '))}${finding.specPointer ? ` · spec <code>${esc(finding.specPointer)}</code>` : ''} · ${finding.counterexample.elapsedMs} ms</p>
${ids === undefined ? '' : `<p>In the target's logs: <code>${esc(ids)}</code></p>\n`}<div class="exchange"><div><h3>request</h3><pre>${esc(request)}</pre></div><div><h3>response</h3><pre>${esc(response)}</pre></div>${finding.reference ? referenceSide(finding.reference, index) : ''}</div>
${copyable(index, 'replay', 'replay (the token from its variable, as for the run)', finding.replay.command)}${copyable(index, 'curl', 'curl', finding.replay.curl)}</details>`;
}

/** A differential finding's other side, as a third column next to the target's exchange. */
function referenceSide(reference: NonNullable<SummaryFinding['reference']>, index: number): string {
  const answer = reference.counterexample ? exchangeText(reference.counterexample, MAX_BODY_CHARS).response : 'had no such step';
  return `<div><h3>reference ${esc(reference.url)}</h3><pre>${esc(answer)}</pre>${reference.curl ? copyable(index, 'reference-curl', 'curl to the reference', reference.curl) : ''}</div>`;
}

/**
 * A command to copy: its heading with a copy button (hidden until the page's script shows it, so it
 * is never a dead button) and the command in a `<pre>` the button copies verbatim.
 */
function copyable(index: number, kind: 'replay' | 'curl' | 'reference-curl', heading: string, text: string): string {
  const id = `finding-${index + 1}-${kind}`;
  return `<div class="copyhead"><h3>${esc(heading)}</h3><button type="button" class="copy" data-copy="${id}" aria-label="copy the ${kind.replace('-', ' ')} line of finding ${index + 1}" hidden>Copy</button></div><pre id="${id}">${esc(text)}</pre>`;
}

/** Per location, each realistic value class: how often it was sent and what it provoked; a class never drawn is marked. */
function valueClassSection(coverage: readonly ValueClassCoverage[]): string {
  return `<section><h2>Value classes sent (valid requests)</h2><table><thead><tr><th>location</th><th>class</th><th class="n">sent</th><th>answers</th></tr></thead><tbody>
${coverage.flatMap((l) => l.classes.map((c) => `<tr${c.sent === 0 ? ' class="never"' : ''}><td><code>${esc(l.location)}</code></td><td>${esc(c.name)}</td><td class="n">${c.sent}</td><td>${esc(valueClassAnswers(c))}</td></tr>`)).join('\n')}
</tbody></table></section>`;
}

/** Agreement per case family (differential run) and the SDK's requests per call (SDK run). */
function fidelitySection({ reference, sdk }: FidelitySummary): string {
  const agreement = reference
    ? `<p>${esc(agreementHeadline(reference))}</p>
<table><thead><tr><th>case family</th><th class="n">compared</th><th class="n">agreed</th><th class="n">agreement</th></tr></thead><tbody>
${reference.families.map((f) => `<tr><td>${esc(f.family)}</td><td class="n">${f.compared}</td><td class="n">${f.agreed}</td><td class="n${f.agreed < f.compared ? ' bad' : ''}">${percent(f.rate)}</td></tr>`).join('\n')}
</tbody></table>${reference.referenceFindings.length ? `<p class="muted">${esc(REFERENCE_FINDINGS_NOTE)}</p><ul>${reference.referenceFindings.map((f) => `<li><code>${esc(f.check)}</code> (${esc(f.severity)}) · ${esc(`${f.status ?? 'no response'}${f.code ? ` ${f.code}` : ''}`)} · ${esc(f.family)}: ${esc(f.message)} (${plural(f.occurrences, 'case')})</li>`).join('')}</ul>` : ''}`
    : '';
  const calls = sdk
    ? `<p>${esc(sdkHeadline(sdk))}</p>
<table><thead><tr><th>final status</th><th class="n">SDK calls</th><th class="n">HTTP requests</th><th class="n">per call</th></tr></thead><tbody>
${sdk.requestsByFinalStatus.map((r) => `<tr><td>${esc(r.status)}</td><td class="n">${r.calls}</td><td class="n${r.requests > r.calls ? ' warnc' : ''}">${r.requests}</td><td class="n">${perCall(r)}</td></tr>`).join('\n')}
</tbody></table>`
    : '';
  return `<section><h2>Fidelity</h2>${agreement}${calls}</section>`;
}
