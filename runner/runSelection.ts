import { allChecks } from '../checks/allChecks.ts';
import type { Check } from '../checks/Check.ts';
import { ConfigError } from '../config/ConfigError.ts';
import type { Selection } from '../config/suiteConfig.ts';
import { closestName } from '../config/closestName.ts';
import type { CheckLevel, Violation } from '../vocabulary/Finding.ts';
import { SUITE_PHASES, type SuitePhase } from './properties/suitePhases.ts';

/** What a run judges with and runs, and what the selection left out (the reports' verdict says so). */
export interface RunSelection {
  readonly checks: readonly Check[];
  /** Every check of the `--checks-module` module, selected or not (the reports mark them as custom). */
  readonly custom: readonly Check[];
  readonly phases: readonly SuitePhase[];
  readonly checksLeftOut: readonly string[];
  readonly phasesLeftOut: readonly SuitePhase[];
  /** The checks whose severity the run changed from the catalogue's (`--severity`, the profile's `severity`). */
  readonly severityChanges: readonly SeverityChange[];
}

/** One check judged at another severity than its own, as the reports list it. */
export interface SeverityChange {
  readonly check: string;
  readonly from: Check['severity'];
  readonly to: CheckLevel;
}

/** "auth (error, warning or note) → off, response_time (warning) → error" */
export function severityChangesText(changes: readonly { readonly check: string; readonly from: string; readonly to: string }[]): string {
  return changes.map((c) => `${c.check} (${c.from}) → ${c.to}`).join(', ');
}

/**
 * The checks and phases a selection names, validated against the catalogue (with the checks of
 * `--checks-module`, `custom`, after the built-in ones) and the phase table: an unknown name is a
 * configuration error that lists the valid ones (exit 2), never a run that silently judges nothing.
 * `levels` sets checks' severities (`off`: the check does not judge).
 */
export function runSelection(selection: Selection, custom: readonly Check[] = [], levels: Readonly<Record<string, CheckLevel>> = {}): RunSelection {
  const catalogue = [...allChecks, ...custom];
  const checkIds = catalogue.map((c) => c.id);
  const phaseNames = Object.keys(SUITE_PHASES) as SuitePhase[];
  known('CONFORMANCE_CHECKS (--checks)', selection.checks ?? [], checkIds);
  known('CONFORMANCE_EXCLUDE_CHECKS (--exclude-checks)', selection.excludedChecks, checkIds);
  known('CONFORMANCE_PHASES (--phases)', selection.phases ?? [], phaseNames);
  for (const named of Object.keys(levels).filter((id) => !checkIds.includes(id))) {
    const near = closestName(named, checkIds);
    throw new ConfigError(`severity: unknown check "${named}"${near ? `; did you mean "${near}"?` : ''} (valid: ${checkIds.join(', ')}).`);
  }
  const severityChanges = catalogue.flatMap((c) => {
    const to = levels[c.id];
    return to === undefined || to === c.severity ? [] : [{ check: c.id, from: c.severity, to }];
  });
  const checks = catalogue
    .filter((c) => (selection.checks ?? checkIds).includes(c.id) && !selection.excludedChecks.includes(c.id) && levels[c.id] !== 'off')
    .map((c) => atLevel(c, levels[c.id]));
  if (checks.length === 0) throw new ConfigError('the check selection leaves no check to judge with: name at least one check that is not excluded.');
  const phases = phaseNames.filter((p) => (selection.phases ?? phaseNames).includes(p));
  return {
    checks,
    custom,
    phases,
    // A check set to off is not left out by the selection: the severity changes list it.
    checksLeftOut: checkIds.filter((id) => !checks.some((c) => c.id === id) && levels[id] !== 'off'),
    phasesLeftOut: phaseNames.filter((p) => !phases.includes(p)),
    severityChanges,
  };
}

/**
 * The check at the severity the run set: its errors and warnings are reported at that level. A
 * note stays a note: it records what the spec leaves open, and no level makes that a failure.
 */
function atLevel(check: Check, level: CheckLevel | undefined): Check {
  if (level === undefined || level === 'off' || level === check.severity) return check;
  const relevel = (v: Violation): Violation => (v.severity === 'note' ? v : { ...v, severity: level });
  return { ...check, severity: level, verify: (input) => check.verify(input).map(relevel) };
}

function known(variable: string, given: readonly string[], valid: readonly string[]): void {
  const unknown = given.filter((name) => !valid.includes(name));
  if (unknown.length > 0) throw new ConfigError(`${variable}: unknown ${unknown.map((n) => `"${n}"`).join(', ')}; valid: ${valid.join(', ')}.`);
}
