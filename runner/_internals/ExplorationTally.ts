import { worstSeverity, type Finding } from '../../vocabulary/Finding.ts';
import { findingKey } from '../../vocabulary/findingKey.ts';
import type { CheckTally, PropertyReport, ValueClassTally } from '../../vocabulary/PropertyReport.ts';
import { errorFields } from '../../checks/errorBody.ts';
import { VALUE_CLASS_LOCATIONS } from '../../generators/valueClassLocations.ts';
import type { CaseOutcome } from '../casePipeline.ts';
import type { SuiteContext } from '../suiteContext.ts';
import { expectedOutcomes } from './expectedOutcomes.ts';

const TALLY_OF: Readonly<Record<Finding['severity'], 'errors' | 'warnings' | 'notes'>> = { error: 'errors', warning: 'warnings', note: 'notes' };

/** Accumulates the per-check, per-status figures of the exploration phase. */
export class ExplorationTally {
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
