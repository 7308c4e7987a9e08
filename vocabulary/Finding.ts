/** `error`: the spec says so. `warning`: the spec's prose, a profile assumption, or a spec gap. */
export type Severity = 'error' | 'warning';

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
