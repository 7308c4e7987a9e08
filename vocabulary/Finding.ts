/**
 * `error`: the spec says so. `warning`: the spec's prose, or a profile assumption. `note`: a spec
 * gap the target cannot close (the spec documents no answer for failed authentication): recorded
 * and reported, and never failing a run, whatever `--fail-on` says.
 */
export type Severity = 'error' | 'warning' | 'note';

/** The severities, most severe first. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'note'];

/** The most severe of `severities` (a case, or a group of findings, is as severe as its worst); `note` when none. */
export function worstSeverity(severities: Iterable<Severity | undefined>): Severity {
  const given = new Set(severities);
  return SEVERITIES.find((s) => given.has(s)) ?? 'note';
}

/** What a check's severity can be set to (`--severity`, the profile's `severity`): `off` keeps it from judging. */
export type CheckLevel = 'error' | 'warning' | 'off';

/** The lowest severity that fails a run (`--fail-on`): a note never does. */
export type FailOn = 'error' | 'warning';

/** Whether a finding of `severity` fails a run that fails on `failOn`: the one rule every reader of a verdict applies. */
export function failsRun(severity: Severity, failOn: FailOn): boolean {
  return severity === 'error' || (severity === 'warning' && failOn === 'warning');
}

/** One thing wrong with one exchange, as a check sees it. */
export interface Violation {
  readonly severity: Severity;
  readonly message: string;
  /** The spec location the rule comes from, when there is one. */
  readonly specPointer?: string;
}

/** A violation attributed to its check and to what was exchanged. */
export interface Finding extends Violation {
  readonly check: string;
  readonly family: string;
  readonly status: number | undefined;
  readonly code: string | undefined;
}
