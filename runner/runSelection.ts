import { allChecks } from '../checks/allChecks.ts';
import type { Check } from '../checks/Check.ts';
import { ConfigError } from '../config/ConfigError.ts';
import type { Selection } from '../config/suiteConfig.ts';
import { SUITE_PHASES, type SuitePhase } from './properties/suitePhases.ts';

/** What a run judges with and runs, and what the selection left out (the reports' verdict says so). */
export interface RunSelection {
  readonly checks: readonly Check[];
  /** Every check of the `--checks-module` module, selected or not (the reports mark them as custom). */
  readonly custom: readonly Check[];
  readonly phases: readonly SuitePhase[];
  readonly checksLeftOut: readonly string[];
  readonly phasesLeftOut: readonly SuitePhase[];
}

/**
 * The checks and phases a selection names, validated against the catalogue (with the checks of
 * `--checks-module`, `custom`, after the built-in ones) and the phase table: an unknown name is a
 * configuration error that lists the valid ones (exit 2), never a run that silently judges nothing.
 */
export function runSelection(selection: Selection, custom: readonly Check[] = []): RunSelection {
  const catalogue = [...allChecks, ...custom];
  const checkIds = catalogue.map((c) => c.id);
  const phaseNames = Object.keys(SUITE_PHASES) as SuitePhase[];
  known('CONFORMANCE_CHECKS (--checks)', selection.checks ?? [], checkIds);
  known('CONFORMANCE_EXCLUDE_CHECKS (--exclude-checks)', selection.excludedChecks, checkIds);
  known('CONFORMANCE_PHASES (--phases)', selection.phases ?? [], phaseNames);
  const checks = catalogue.filter((c) => (selection.checks ?? checkIds).includes(c.id) && !selection.excludedChecks.includes(c.id));
  if (checks.length === 0) throw new ConfigError('the check selection leaves no check to judge with: name at least one check that is not excluded.');
  const phases = phaseNames.filter((p) => (selection.phases ?? phaseNames).includes(p));
  return {
    checks,
    custom,
    phases,
    checksLeftOut: checkIds.filter((id) => !checks.some((c) => c.id === id)),
    phasesLeftOut: phaseNames.filter((p) => !phases.includes(p)),
  };
}

function known(variable: string, given: readonly string[], valid: readonly string[]): void {
  const unknown = given.filter((name) => !valid.includes(name));
  if (unknown.length > 0) throw new ConfigError(`${variable}: unknown ${unknown.map((n) => `"${n}"`).join(', ')}; valid: ${valid.join(', ')}.`);
}
