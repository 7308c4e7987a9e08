import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { Finding } from '../checks/Check.ts';
import { errorFields } from '../checks/_internals/errorBody.ts';
import type { CreateUserCase } from '../generators/CreateUserCase.ts';
import { curlCommand } from '../transport/curlCommand.ts';
import type { CheckTally, PropertyReport, ReportedFinding } from './PropertyReport.ts';
import { caseSender, type CaseOutcome } from './sendCase.ts';
import type { SuiteContext } from './suiteContext.ts';
import { expectedOutcomes } from './_internals/expectedOutcomes.ts';
import { findingKey } from './_internals/findingKey.ts';
import { startProgressTicker } from './_internals/progressTicker.ts';
import { propertySeed } from './_internals/propertySeed.ts';
import { recordExchange } from './_internals/recordExchange.ts';
import { runMetadata } from './_internals/runMetadata.ts';

/** A conformance property: a name (stable: it seeds the generator) and the cases it draws. */
export interface PropertyDefinition {
  readonly name: string;
  readonly cases: (context: SuiteContext) => Arbitrary<CreateUserCase>;
}

/** Where the property runs: what the replay command needs to target it again. */
export interface PropertyScope {
  readonly workerIndex: number;
  readonly replayCommand: (seed: number, path: string) => string;
}

const MAX_SHRUNK_FINDINGS = 8;
const SHRINK_REQUEST_BUDGET = 200;

/**
 * Runs one property against the target in two phases. Exploration: the run's cases (the same
 * values fast-check would draw, via `fc.sample`) are sent concurrently through the pool, and
 * every response goes through every check. Shrinking: each distinct error finding is replayed
 * from its fast-check path and shrunk to a minimal case that still shows that same finding.
 * With `CONFORMANCE_REPLAY_PATH` set, it replays exactly one case instead.
 */
export async function checkProperty(definition: PropertyDefinition, context: SuiteContext, scope: PropertyScope): Promise<PropertyReport> {
  const { config } = context;
  const seed = propertySeed(config.seed, definition.name);
  const arbitrary = definition.cases(context);
  const send = caseSender(context, `${config.runId}w${scope.workerIndex}`);
  const tally = new Tally(context.operation);

  const replayPath = config.replayPath;
  const templates = replayPath === undefined ? fc.sample(arbitrary, { seed, numRuns: config.runs }) : [replayValue(arbitrary, seed, replayPath)];
  const paths = templates.map((_, i) => replayPath ?? String(i));
  const progress = new Progress(templates.length);
  const stopTicker = startProgressTicker(definition.name, () => progress.snapshot());
  try {
    const outcomes = await Promise.all(templates.map(async (template) => progress.sent(await send(template))));
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
      progress.phase = `shrinking finding ${findings.length + 1} of ${tally.findingCounts.size}`;
      const minimal = shouldShrink ? await shrinkFinding(arbitrary, seed, original.path, key, send) : undefined;
      const chosen = minimal ?? original;
      const finding = chosen.outcome.results.findings.find((f) => findingKey(f) === key)!;
      findings.push({
        ...finding,
        key,
        occurrences,
        counterexample: recordExchange(chosen.outcome.exchange),
        shrunk: minimal !== undefined,
        replay: {
          seed: config.seed,
          path: chosen.path,
          command: scope.replayCommand(config.seed, chosen.path),
          curl: curlCommand(chosen.outcome.exchange.request),
        },
      });
    }
    return { property: definition.name, run: runMetadata(context), runSeed: config.seed, seed, cases: outcomes.length, ...tally.summary(), findings };
  } finally {
    stopTicker();
  }
}

function replayValue(arbitrary: Arbitrary<CreateUserCase>, seed: number, path: string): CreateUserCase {
  let value: CreateUserCase | undefined;
  fc.check(fc.property(arbitrary, (v) => { value = v; return false; }), { seed, path, endOnFailure: true, numRuns: 1 });
  if (value === undefined) throw new Error(`cannot replay path ${path} with seed ${seed}`);
  return value;
}

/**
 * Replays the case at `path` and shrinks it while the same finding (same key) persists.
 * Undefined when the finding does not come back on replay: an intermittent fault.
 */
async function shrinkFinding(
  arbitrary: Arbitrary<CreateUserCase>, seed: number, path: string, key: string,
  send: (template: CreateUserCase) => Promise<CaseOutcome>,
): Promise<{ outcome: CaseOutcome; path: string } | undefined> {
  let requests = 0;
  let last: CaseOutcome | undefined;
  const property = fc.asyncProperty(arbitrary, async (template) => {
    if (requests++ >= SHRINK_REQUEST_BUDGET) return true;
    const outcome = await send(template);
    const reproduced = outcome.results.findings.some((f) => findingKey(f) === key);
    if (reproduced) last = outcome;
    return !reproduced;
  });
  const details = await fc.check(property, { seed, path, numRuns: 1 });
  return details.failed && last && details.counterexamplePath ? { outcome: last, path: details.counterexamplePath } : undefined;
}

/** Counts for the progress line: cases answered, distinct findings by severity. */
class Progress {
  phase = 'exploring';
  #sent = 0;
  readonly #findings = new Map<string, Finding['severity']>();

  constructor(readonly total: number) {}

  sent(outcome: CaseOutcome): CaseOutcome {
    this.#sent++;
    for (const finding of outcome.results.findings) this.#findings.set(findingKey(finding), finding.severity);
    return outcome;
  }

  snapshot() {
    const severities = [...this.#findings.values()];
    return {
      phase: this.phase, sent: this.#sent, total: this.total,
      errorFindings: severities.filter((s) => s === 'error').length,
      warningFindings: severities.filter((s) => s === 'warning').length,
    };
  }
}

/** Accumulates the per-check, per-status figures of the exploration phase. */
class Tally {
  readonly checks: Record<string, CheckTally> = {};
  readonly observed: Record<string, number> = {};
  readonly latencies: Record<string, number[]> = {};
  readonly targeted: Record<string, number> = {};
  readonly findingCounts = new Map<string, number>();
  readonly firstIndex = new Map<string, number>();
  #count = 0;

  constructor(readonly operation: SuiteContext['operation']) {}

  add({ testCase, exchange, results }: CaseOutcome): void {
    const index = this.#count++;
    for (const outcome of expectedOutcomes(testCase.expectation, this.operation)) this.targeted[outcome] = (this.targeted[outcome] ?? 0) + 1;
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

  summary(): Pick<PropertyReport, 'checks' | 'observed' | 'latencies' | 'targeted'> {
    return { checks: this.checks, observed: this.observed, latencies: this.latencies, targeted: this.targeted };
  }
}
