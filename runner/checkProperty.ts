import type { Arbitrary } from 'fast-check';
import type { Finding } from '../checks/Check.ts';
import { errorFields } from '../checks/_internals/errorBody.ts';
import type { CreateUserCase } from '../generators/CreateUserCase.ts';
import { curlCommand } from '../transport/curlCommand.ts';
import type { CheckTally, PropertyReport, ReportedFinding } from './PropertyReport.ts';
import { caseSender, type CaseOutcome } from './sendCase.ts';
import { arbitraryCaseSource } from './_internals/arbitraryCaseSource.ts';
import { fixedCaseSource } from './_internals/fixedCaseSource.ts';
import type { SuiteContext } from './suiteContext.ts';
import { findingKey } from './_internals/findingKey.ts';
import { propertySeed } from './_internals/propertySeed.ts';
import { recordExchange } from './_internals/recordExchange.ts';

/**
 * A conformance property: a name (stable: it seeds the generator) and its cases, either drawn
 * from an arbitrary (`config.runs` of them, shrunk on failure) or a fixed list (each sent once,
 * replayed by index).
 */
export type PropertyDefinition =
  | { readonly name: string; readonly cases: (context: SuiteContext) => Arbitrary<CreateUserCase> }
  | { readonly name: string; readonly fixedCases: (context: SuiteContext) => readonly CreateUserCase[] };

/** Where the property runs: what the replay command needs to target it again. */
export interface PropertyScope {
  readonly workerIndex: number;
  readonly replayCommand: (seed: number, path: string) => string;
}

const MAX_SHRUNK_FINDINGS = 8;

/**
 * Runs one property against the target in two phases. Exploration: the run's cases (the same
 * values fast-check would draw, via `fc.sample`, or the fixed list) are sent concurrently through
 * the pool, and every response goes through every check. Shrinking: each distinct error finding
 * is replayed from its path and shrunk to a minimal case that still shows that same finding (a
 * fixed case is re-sent to confirm it). With `CONFORMANCE_REPLAY_PATH` set, it replays exactly one case.
 */
export async function checkProperty(definition: PropertyDefinition, context: SuiteContext, scope: PropertyScope): Promise<PropertyReport> {
  const { config } = context;
  const seed = propertySeed(config.seed, definition.name);
  const replayPath = config.replayPath;
  const source = 'fixedCases' in definition
    ? fixedCaseSource(definition.fixedCases(context), replayPath)
    : arbitraryCaseSource(definition.cases(context), seed, config.runs, replayPath);
  const send = caseSender(context, `${config.runId}w${scope.workerIndex}`);
  const tally = new Tally();

  const { templates, paths } = source;
  const outcomes = await Promise.all(templates.map((template) => send(template)));
  outcomes.forEach((outcome) => tally.add(outcome));

  const firstErrorIndex = new Map<string, number>();
  outcomes.forEach((outcome, index) => {
    for (const finding of outcome.results.findings) {
      const key = findingKey(finding);
      if (finding.severity === 'error' && !firstErrorIndex.has(key)) firstErrorIndex.set(key, index);
    }
  });

  const findings: ReportedFinding[] = [];
  let shrinkAttempts = 0;
  for (const [key, occurrences] of tally.findingCounts) {
    const index = firstErrorIndex.get(key) ?? tally.firstIndex.get(key)!;
    const original = { outcome: outcomes[index]!, path: paths[index]! };
    const shouldShrink = replayPath === undefined && firstErrorIndex.has(key) && shrinkAttempts++ < MAX_SHRUNK_FINDINGS;
    const reproduces = async (template: CreateUserCase) => {
      const outcome = await send(template);
      return outcome.results.findings.some((f) => findingKey(f) === key) ? outcome : undefined;
    };
    const minimal = shouldShrink ? await source.minimise(original.path, reproduces) : undefined;
    const chosen = minimal ?? original;
    const finding = chosen.outcome.results.findings.find((f) => findingKey(f) === key)!;
    findings.push({
      ...finding,
      key,
      occurrences,
      counterexample: recordExchange(chosen.outcome.exchange),
      shrunk: minimal !== undefined,
      ...(source.fixed ? { fixedCase: true } : {}),
      replay: {
        seed: config.seed,
        path: chosen.path,
        command: scope.replayCommand(config.seed, chosen.path),
        curl: curlCommand(chosen.outcome.exchange.request),
      },
    });
  }
  return { property: definition.name, runSeed: config.seed, seed, cases: outcomes.length, ...tally.summary(), findings };
}

/** Accumulates the per-check, per-status figures of the exploration phase. */
class Tally {
  readonly checks: Record<string, CheckTally> = {};
  readonly observed: Record<string, number> = {};
  readonly latencies: Record<string, number[]> = {};
  readonly findingCounts = new Map<string, number>();
  readonly firstIndex = new Map<string, number>();
  #count = 0;

  add({ exchange, results }: CaseOutcome): void {
    const index = this.#count++;
    for (const id of results.applied) this.checks[id] ??= { cases: 0, errors: 0, warnings: 0 };
    for (const id of results.applied) this.checks[id]!.cases++;
    const failedChecks = new Map<string, Finding['severity']>();
    for (const finding of results.findings) {
      const key = findingKey(finding);
      this.findingCounts.set(key, (this.findingCounts.get(key) ?? 0) + 1);
      if (!this.firstIndex.has(key)) this.firstIndex.set(key, index);
      if (failedChecks.get(finding.check) !== 'error') failedChecks.set(finding.check, finding.severity);
    }
    for (const [id, severity] of failedChecks) this.checks[id]![severity === 'error' ? 'errors' : 'warnings']++;
    const status = exchange.response ? String(exchange.response.status) : 'no response';
    const { code } = errorFields(exchange.response);
    const observedKey = code === undefined ? status : `${status} ${code}`;
    this.observed[observedKey] = (this.observed[observedKey] ?? 0) + 1;
    (this.latencies[status] ??= []).push(Math.round(exchange.elapsedMs * 10) / 10);
  }

  summary(): Pick<PropertyReport, 'checks' | 'observed' | 'latencies'> {
    return { checks: this.checks, observed: this.observed, latencies: this.latencies };
  }
}
