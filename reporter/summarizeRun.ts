import type { CheckTally, PropertyReport } from '../vocabulary/PropertyReport.ts';
import type { CheckSummary, ConformanceSummary, TestWithoutOutcome, Verdict } from '../vocabulary/ConformanceSummary.ts';
import { buildMatrix, type DocumentedOutcomes } from './_internals/buildMatrix.ts';
import { groupCauses } from './_internals/groupCauses.ts';
import { failsRun } from '../vocabulary/Finding.ts';
import { mergeFindings } from './_internals/mergeFindings.ts';
import { applyBaseline } from './_internals/applyBaseline.ts';
import type { Baseline } from '../config/baseline.ts';
import { withNotExercised } from './_internals/notExercisedReason.ts';
import { summarizeFidelity } from './_internals/summarizeFidelity.ts';
import { summarizeLatencies } from './_internals/summarizeLatencies.ts';
import { summarizeValueClasses } from './_internals/summarizeValueClasses.ts';
import { uniqueSkipped } from './_internals/uniqueSkipped.ts';

/** How one conformance test ended (its last attempt), and its property outcome if it attached one. */
export interface TestOutcome {
  readonly title: string;
  readonly status: 'passed' | 'failed' | 'timedOut' | 'skipped' | 'interrupted';
  readonly error: string | undefined;
  /** The property report its test attached; none when the test ended before it could attach one. */
  readonly report: PropertyReport | undefined;
}

/** What the reporter knows besides the tests: the spec it loaded and the run's clock. */
export interface RunContext {
  readonly operation: string;
  readonly documented: DocumentedOutcomes;
  readonly specSha256: string;
  readonly checkCatalogue: readonly { readonly id: string; readonly description: string }[];
  readonly startedAt: Date;
  readonly durationMs: number;
  /** The accepted findings the run is judged against (`--baseline`), and the day their expiries are read on. */
  readonly baseline?: { readonly entries: Baseline; readonly today: string };
}

/**
 * The run's conformance summary, a pure function of the tests' outcomes: the same tests give the
 * same summary whether they ran in one process or in shards merged afterwards (properties are
 * ordered by name, never by arrival).
 */
export function summarizeRun(tests: readonly TestOutcome[], context: RunContext): ConformanceSummary {
  const properties = tests.flatMap((t) => (t.report ? [t.report] : [])).sort((a, b) => a.property.localeCompare(b.property));
  const failOn = properties[0]?.run.failOn ?? 'error';
  const compared =
    context.baseline &&
    applyBaseline(mergeFindings(properties), context.baseline.entries, {
      failOn,
      propertiesRun: new Set(properties.map((p) => p.property)),
      checksExercised: new Set(
        properties.flatMap((p) =>
          Object.entries(p.checks)
            .filter(([, t]) => t.cases > 0)
            .map(([id]) => id),
        ),
      ),
      today: context.baseline.today,
    });
  const findings = compared?.findings ?? mergeFindings(properties);
  const errorFindings = findings.filter((f) => f.severity === 'error').length;
  const testsWithoutOutcome: TestWithoutOutcome[] = tests
    .filter((t) => !t.report)
    .map((t) => ({ title: t.title, status: t.status, error: t.error }))
    .sort((a, b) => a.title.localeCompare(b.title));
  const unfinished = testsWithoutOutcome.some((t) => t.status !== 'skipped');
  const metadata = properties[0]?.run;
  const fidelity = summarizeFidelity(properties);
  const matrix = buildMatrix(properties, context.documented);
  const valueClasses = summarizeValueClasses(properties);
  // A known finding (accepted by the baseline) does not fail the run; an expired or new one does.
  const failing = findings.filter((f) => failsRun(f.severity, failOn) && f.baseline?.status !== 'known').length;
  const verdict: Verdict =
    failing > 0 ? 'fail' : metadata?.dryRun ? 'plan' : tests.length === 0 ? 'empty' : unfinished || properties.length === 0 ? 'incomplete' : 'pass';
  return {
    reportFormat: 1,
    verdict,
    run: {
      metadata,
      seed: properties[0]?.runSeed,
      startedAt: context.startedAt.toISOString(),
      endedAt: new Date(context.startedAt.getTime() + context.durationMs).toISOString(),
      durationMs: Math.round(context.durationMs),
      operation: context.operation,
      specUsedForMatrix: { sha256: context.specSha256, matchesRun: metadata ? metadata.spec.sha256 === context.specSha256 : undefined },
    },
    totals: {
      properties: properties.length,
      cases: properties.reduce((sum, p) => sum + p.cases, 0),
      errorFindings,
      warningFindings: findings.filter((f) => f.severity === 'warning').length,
      noteFindings: findings.filter((f) => f.severity === 'note').length,
      tests: {
        passed: tests.filter((t) => t.status === 'passed').length,
        failed: tests.filter((t) => t.status !== 'passed' && t.status !== 'skipped').length,
        skipped: tests.filter((t) => t.status === 'skipped').length,
      },
    },
    checks: withNotExercised(summarizeChecks(properties, context.checkCatalogue, metadata?.customChecks?.checks ?? []), {
      verdict,
      skipped: uniqueSkipped(properties),
      matrix,
      fidelity,
      checksLeftOut: metadata?.selection?.checksLeftOut ?? [],
      checksOff: (metadata?.severityChanges ?? []).filter((c) => c.to === 'off').map((c) => c.check),
    }),
    skippedChecks: uniqueSkipped(properties),
    matrix,
    latencies: summarizeLatencies(properties),
    findings,
    causes: groupCauses(findings, new Set([context.documented.successStatus, ...context.documented.pairings.map((p) => p.httpStatus)])),
    testsWithoutOutcome,
    ...(fidelity ? { fidelity } : {}),
    ...(valueClasses ? { valueClasses } : {}),
    ...(compared ? { baseline: compared.summary } : {}),
  };
}

function summarizeChecks(properties: readonly PropertyReport[], builtIn: RunContext['checkCatalogue'], custom: RunContext['checkCatalogue']): CheckSummary[] {
  const totals = new Map<string, CheckTally>();
  for (const property of properties) {
    for (const [id, tally] of Object.entries(property.checks)) {
      const total = totals.get(id) ?? { cases: 0, errors: 0, warnings: 0, notes: 0 };
      totals.set(id, {
        cases: total.cases + tally.cases,
        errors: total.errors + tally.errors,
        warnings: total.warnings + tally.warnings,
        notes: (total.notes ?? 0) + (tally.notes ?? 0),
      });
    }
  }
  const catalogue = [...builtIn, ...custom];
  const known = catalogue.map((c) => c.id);
  const ids = [...known, ...[...totals.keys()].filter((id) => !known.includes(id)).sort()];
  return ids.map((id) => {
    const { cases, errors, warnings, notes = 0 } = totals.get(id) ?? { cases: 0, errors: 0, warnings: 0 };
    return {
      id,
      description: catalogue.find((c) => c.id === id)?.description ?? '',
      cases,
      passes: cases - errors - warnings - notes,
      errors,
      warnings,
      notes,
      ...(custom.some((c) => c.id === id) ? { custom: true as const } : {}),
    };
  });
}
