import { worstSeverity, type Finding } from '../vocabulary/Finding.ts';
import { errorFields } from '../checks/errorBody.ts';
import { curlCommand } from '../transport/curlCommand.ts';
import { newTraceId } from '../transport/newTraceId.ts';
import { exchangeRecorder, type ExchangeRecorder } from './recording/exchangeRecorder.ts';
import { casePipeline, type CaseOutcome } from './casePipeline.ts';
import type { PropertyDefinition } from './PropertyDefinition.ts';
import { VALUE_CLASS_LOCATIONS } from '../generators/valueClassLocations.ts';
import type { CheckTally, PropertyReport, ReportedFinding, ValueClassTally } from '../vocabulary/PropertyReport.ts';
import type { ProgressRecord } from './progressRecord.ts';
import type { SuiteContext } from './suiteContext.ts';
import { expectedOutcomes } from './_internals/expectedOutcomes.ts';
import { exploreInOrder } from './_internals/exploreInOrder.ts';
import { findingKey } from '../vocabulary/findingKey.ts';
import { startProgressTicker } from './_internals/progressTicker.ts';
import { printPlan } from './_internals/printPlan.ts';
import { propertySeed } from './_internals/propertySeed.ts';
import { recordExchange } from './_internals/recordExchange.ts';
import { recordScenario } from './_internals/recordScenario.ts';
import { referenceEvidence } from './_internals/referenceEvidence.ts';
import { runMetadata, withoutCredentials } from './_internals/runMetadata.ts';
import { valueSource } from './_internals/ValueSource.ts';
import { emptyReport } from './_internals/emptyReport.ts';
import { tallyAgreement } from './_internals/tallyAgreement.ts';
import { tallySdkCalls } from './_internals/tallySdkCalls.ts';
import { differentialExecutor } from './differentialExecutor.ts';
import { compareFindings } from './findingOrder.ts';

/** A finding's answer to its check, whatever the case family that showed it. */
const sameAnswerKey = (finding: Finding) => [finding.check, finding.severity, finding.status ?? 'no-response', finding.code ?? '-'].join('|');

/** Where the property runs: what the replay command needs to target it again. */
export interface PropertyScope {
  readonly workerIndex: number;
  readonly replayCommand: (seed: number, path: string) => string;
  /** False to report findings with their first counterexample, unshrunk (the self-test only needs the verdict). */
  readonly shrink?: boolean;
}

const MAX_SHRUNK_FINDINGS = 8;
// Values started ahead of the first one not yet judged (at least 8 per pool slot): bounds memory, not speed.
const EXPLORE_WINDOW = 256;

/** Why a finding's counterexample is not replayed and shrunk; the first rule that holds says it. */
const NOT_ATTEMPTED: ReadonlyArray<{
  when: (s: {
    scope: PropertyScope;
    replayPath: string | undefined;
    isError: boolean;
    timedOut: boolean;
    attempts: number;
    sameAnswerShrunk: boolean;
  }) => boolean;
  why: string;
}> = [
  { when: ({ replayPath }) => replayPath !== undefined, why: 'this run is itself the replay of the recorded case' },
  { when: ({ isError }) => !isError, why: 'warnings and notes are reported as first seen' },
  { when: ({ scope }) => scope.shrink === false, why: 'shrinking is off for this run' },
  // A target that hangs would make each shrinking step wait out the deadline: minutes for one finding.
  { when: ({ timedOut }) => timedOut, why: 'it got no response within CONFORMANCE_TIMEOUT_MS, and every shrinking step would wait that long again' },
  // One wrong answer shows in many families (a server that answers 200 for 201 fails every valid one):
  // its plainest case is reproduced (shrunk, or a fixed case sent again), and the others would only
  // spend requests to show the same answer again.
  { when: ({ sameAnswerShrunk }) => sameAnswerShrunk, why: 'the same answer to the same check was already reproduced in a plainer case of this property' },
  { when: ({ attempts }) => attempts >= MAX_SHRUNK_FINDINGS, why: `only the first ${MAX_SHRUNK_FINDINGS} error findings of a property are shrunk` },
];

/**
 * Runs one property against the target in two phases. Exploration: the run's values (the same
 * values fast-check would draw, via `fc.sample`, or a fixed list) are executed concurrently
 * through the pool (a value is a case, or a scenario whose steps run in order), and every
 * response goes through every check. Shrinking: each distinct error finding is replayed from its
 * path and shrunk to a minimal value (for a command sequence: the shortest) that still shows that
 * same finding; a fixed case is run again to confirm it. With `CONFORMANCE_REPLAY_PATH` set, it
 * replays exactly one value instead.
 */
export async function checkProperty<T>(property: PropertyDefinition<T>, context: SuiteContext, scope: PropertyScope): Promise<PropertyReport> {
  const { config } = context;
  const seed = propertySeed(config.seed, property.name);
  const identityScope = `${config.runId}w${scope.workerIndex}`;
  const pipeline = casePipeline(context, identityScope);
  const run = context.reference
    ? differentialExecutor(property, pipeline, context, `${config.runId}r${scope.workerIndex}`)
    : (value: T) => property.execute(value, pipeline.inTrace(newTraceId()), context);
  // Every execution (exploring, shrinking, replaying) goes through here, so `--record` sees every
  // exchange; each is one trace in the target's logs (a shrinking step is a trace of its own).
  const record = workerRecorder(config, scope.workerIndex);
  const execute = async (value: T): Promise<readonly CaseOutcome[]> => {
    const outcomes = await run(value);
    for (const outcome of outcomes) record(outcome, property.name, 'target');
    for (const outcome of outcomes[0]?.counterpart?.all ?? []) record(outcome, property.name, 'reference');
    return outcomes;
  };
  const tally = new Tally(context.operation);

  const replayPath = config.replayPath;
  const runs = Math.max(1, property.runs?.(config.runs) ?? config.runs);
  const source = valueSource(property.values, context, seed, runs, replayPath);
  if (config.dryRun) {
    const values: T[] = [];
    for (let i = 0; i < source.count; i++) values.push(await source.next());
    printPlan(
      property.name,
      values,
      values.map((_, i) => source.pathOf(i)),
    );
    return emptyReport(property.name, context, { check: '*', reason: 'dry run (CONFORMANCE_DRY_RUN=1): nothing was sent' });
  }
  const progress = new Progress(source.count);
  const stopTicker = startProgressTicker(() => progress.snapshot(property.name));
  try {
    // Consumed in index order as they complete; only what the report needs is kept: the tallies, and
    // per distinct finding the outcomes of the first value that showed it (its counterexample).
    const keepAll = context.reference !== undefined || config.transport === 'sdk';
    const executions: Array<readonly CaseOutcome[]> = [];
    const firstShown = new Map<string, { outcomes: readonly CaseOutcome[]; index: number; isError: boolean }>();
    await exploreInOrder(
      source.count,
      Math.max(EXPLORE_WINDOW, 8 * config.concurrency),
      () => source.next(),
      async (value) => progress.done(await execute(value)),
      (outcomes, index) => {
        for (const outcome of outcomes) tally.add(outcome);
        for (const outcome of outcomes) {
          for (const finding of outcome.results.findings) {
            const key = findingKey(finding);
            if (!firstShown.has(key)) firstShown.set(key, { outcomes, index, isError: finding.severity === 'error' });
          }
        }
        if (keepAll) executions.push(outcomes);
      },
    );

    const findings: ReportedFinding[] = [];
    let shrinkAttempts = 0;
    const shrunkAnswers = new Set<string>();
    // Most basic first, so that what is shrunk within the budget is what a reader looks at first.
    const found = [...tally.findingCounts].map(([key, occurrences]) => ({ key, occurrences, first: firstShown.get(key)! }));
    const findingOf = ({ key, first }: (typeof found)[number]) => first.outcomes.flatMap((o) => o.results.findings).find((f) => findingKey(f) === key)!;
    found.sort((a, b) => compareFindings(findingOf(a), findingOf(b)));
    for (const { key, occurrences, first } of found) {
      const original = { outcomes: first.outcomes, path: source.pathOf(first.index) };
      const timedOut = first.outcomes.some((o) => o.exchange.timedOut === true && o.results.findings.some((f) => findingKey(f) === key));
      const answer = sameAnswerKey(findingOf({ key, occurrences, first }));
      const notAttempted = NOT_ATTEMPTED.find((rule) =>
        rule.when({ scope, replayPath, isError: first.isError, timedOut, attempts: shrinkAttempts, sameAnswerShrunk: shrunkAnswers.has(answer) }),
      );
      const shouldShrink = notAttempted === undefined;
      if (shouldShrink) shrinkAttempts++;
      progress.phase = `shrinking finding ${findings.length + 1} of ${tally.findingCounts.size}`;
      const reproduces = async (value: T) => {
        const outcomes = await execute(value);
        return outcomes.some((o) => o.results.findings.some((f) => findingKey(f) === key)) ? outcomes : undefined;
      };
      const minimal = shouldShrink ? await source.minimise(original.path, reproduces) : undefined;
      if (minimal !== undefined) shrunkAnswers.add(answer);
      const chosen = minimal ?? original;
      const showing = chosen.outcomes.find((o) => o.results.findings.some((f) => findingKey(f) === key))!;
      const finding = showing.results.findings.find((f) => findingKey(f) === key)!;
      const reference = finding.check === 'differential' ? referenceEvidence(showing, chosen.outcomes, config.reference) : undefined;
      findings.push({
        ...finding,
        key,
        occurrences,
        counterexample: recordExchange(showing.exchange),
        shrunk: minimal !== undefined,
        ...(source.fixed ? { fixedCase: true } : {}),
        minimisation: notAttempted
          ? { outcome: 'not-attempted', why: notAttempted.why }
          : minimal === undefined
            ? { outcome: 'not-reproduced' }
            : { outcome: source.fixed ? 'reproduced' : 'shrunk' },
        replay: {
          seed: config.seed,
          path: chosen.path,
          command: scope.replayCommand(config.seed, chosen.path),
          curl: curlCommand(showing.exchange.request, config.target.apiToken, config.target.variables.apiToken),
        },
        ...(chosen.outcomes.length > 1 ? { scenario: recordScenario(chosen.outcomes, config.target.apiToken, config.target.variables.apiToken) } : {}),
        ...(reference ? { reference } : {}),
      });
    }
    return {
      property: property.name,
      run: runMetadata(context),
      runSeed: config.seed,
      seed,
      cases: tally.exchanges,
      ...tally.summary(),
      findings,
      skipped: property.skipped?.(context) ?? [],
      ...(config.reference ? { fidelity: tallyAgreement(executions, withoutCredentials(config.reference.baseUrl)) } : {}),
      ...(config.transport === 'sdk' ? { sdk: tallySdkCalls(executions) } : {}),
    };
  } finally {
    stopTicker();
  }
}

/** Counts for the progress line: values run, cases judged, distinct findings by severity. */
class Progress {
  phase = 'exploring';
  #valuesDone = 0;
  #cases = 0;
  readonly #findings = new Map<string, Finding['severity']>();

  /** `total` counts generated values (a case, or a scenario of several requests). */
  constructor(readonly total: number) {}

  done(outcomes: readonly CaseOutcome[]): readonly CaseOutcome[] {
    this.#valuesDone++;
    this.#cases += outcomes.length;
    for (const finding of outcomes.flatMap((o) => o.results.findings)) this.#findings.set(findingKey(finding), finding.severity);
    return outcomes;
  }

  snapshot(property: string): ProgressRecord {
    const severities = [...this.#findings.values()];
    return {
      property,
      phase: this.phase,
      valuesDone: this.#valuesDone,
      total: this.total,
      cases: this.#cases,
      errorFindings: severities.filter((s) => s === 'error').length,
      warningFindings: severities.filter((s) => s === 'warning').length,
      noteFindings: severities.filter((s) => s === 'note').length,
    };
  }
}

const TALLY_OF: Readonly<Record<Finding['severity'], 'errors' | 'warnings' | 'notes'>> = { error: 'errors', warning: 'warnings', note: 'notes' };

/** Accumulates the per-check, per-status figures of the exploration phase. */
class Tally {
  readonly checks: Record<string, CheckTally> = {};
  readonly observed: Record<string, number> = {};
  readonly latencies: Record<string, number[]> = {};
  readonly targeted: Record<string, number> = {};
  // Every declared class from the start, so a class never drawn is reported as such.
  readonly valueClasses: ValueClassTally = Object.fromEntries(
    VALUE_CLASS_LOCATIONS.map(({ location, classes }) => [location, Object.fromEntries(classes.map((c) => [c.name, {}]))]),
  );
  readonly findingCounts = new Map<string, number>();
  exchanges = 0;

  constructor(readonly operation: SuiteContext['operation']) {}

  add({ testCase, exchange, results, valueClasses }: CaseOutcome): void {
    this.exchanges++;
    for (const outcome of expectedOutcomes(testCase.expectation, this.operation)) this.targeted[outcome] = (this.targeted[outcome] ?? 0) + 1;
    for (const id of results.applied) this.checks[id] ??= { cases: 0, errors: 0, warnings: 0, notes: 0 };
    for (const id of results.applied) this.checks[id]!.cases++;
    const failedChecks = new Map<string, Finding['severity']>();
    for (const finding of results.findings) {
      const key = findingKey(finding);
      this.findingCounts.set(key, (this.findingCounts.get(key) ?? 0) + 1);
      failedChecks.set(finding.check, worstSeverity([failedChecks.get(finding.check), finding.severity]));
    }
    // A case counts once per check, under its worst finding.
    for (const [id, severity] of failedChecks) this.checks[id]![TALLY_OF[severity]] = (this.checks[id]![TALLY_OF[severity]] ?? 0) + 1;
    const status = exchange.response ? String(exchange.response.status) : 'no response';
    const { code } = errorFields(exchange.response);
    const observedKey = code === undefined ? status : `${status} ${code}`;
    this.observed[observedKey] = (this.observed[observedKey] ?? 0) + 1;
    for (const { location, name } of valueClasses ?? []) {
      const answers = ((this.valueClasses[location] ??= {})[name] ??= {});
      answers[observedKey] = (answers[observedKey] ?? 0) + 1;
    }
    (this.latencies[status] ??= []).push(Math.round(exchange.elapsedMs * 10) / 10);
  }

  summary(): Pick<PropertyReport, 'checks' | 'observed' | 'latencies' | 'targeted' | 'valueClasses'> {
    return { checks: this.checks, observed: this.observed, latencies: this.latencies, targeted: this.targeted, valueClasses: this.valueClasses };
  }
}

const recorders = new Map<string, ExchangeRecorder>();

/** One recorder per worker process and run: every property of the worker appends to the same file. */
function workerRecorder(config: SuiteContext['config'], workerIndex: number): ExchangeRecorder {
  const key = `${config.reportDir}\n${config.runId}\n${workerIndex}`;
  let recorder = recorders.get(key);
  if (recorder === undefined) {
    recorder = exchangeRecorder(config, workerIndex);
    recorders.set(key, recorder);
  }
  return recorder;
}
