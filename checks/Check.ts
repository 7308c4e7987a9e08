import type { Profile } from '../config/profile.ts';
import type { CreateUserCase } from '../vocabulary/CreateUserCase.ts';
import type { CreateUserOperation } from '../spec/CreateUserOperation.ts';
import type { Exchange, WireResponse } from '../vocabulary/Exchange.ts';
import type { Severity, Violation } from '../vocabulary/Finding.ts';
import type { RunHistory } from './RunHistory.ts';

/** Everything a check may look at for one exchange. */
export interface CheckInput {
  readonly operation: CreateUserOperation;
  readonly profile: Profile;
  readonly testCase: CreateUserCase;
  readonly exchange: Exchange;
  /** Undefined when no response arrived (see `exchange.failure`). */
  readonly response: WireResponse | undefined;
  /** What earlier exchanges of this run showed, for rules that span requests. */
  readonly history: RunHistory;
  /**
   * For a case sent as one of several identical requests at once: all of them (this one included),
   * judged once every one has answered.
   */
  readonly concurrent?: readonly Exchange[];
  /**
   * In a differential run, once both targets have run the same generated value: this step's
   * exchanges on the target (this one among them; several for a burst) and on the reference.
   */
  readonly reference?: { readonly target: readonly Exchange[]; readonly reference: readonly Exchange[] };
}

/**
 * A named oracle. Checks are declarative entries in `allChecks`: `appliesTo` says whether the
 * check has an opinion on this exchange (counted as a case for it), `verify` lists what is wrong.
 */
export interface Check {
  readonly id: string;
  /** One line: what a passing exchange shows. */
  readonly description: string;
  /** The severity of its findings: `error` where the spec says so, `warning` for prose and profile assumptions, `note` for spec gaps. */
  readonly severity: Severity | 'error or warning' | 'error, warning or note';
  /** Where the rule comes from: a spec pointer, or what stands in for one (the profile, an RFC, the reference). */
  readonly source: string;
  /** The rule in full, as docs/checks.md shows it (generated from this, and tested against it). */
  readonly explanation: string;
  readonly appliesTo: (input: CheckInput) => boolean;
  /** Pure: what is wrong with this exchange, given what earlier ones showed (`history`). */
  readonly verify: (input: CheckInput) => readonly Violation[];
  /**
   * After every check has judged the exchange: what rules spanning several requests must remember
   * of it. The only place the run history changes, so `verify` stays a pure function.
   */
  readonly observe?: (input: CheckInput) => void;
}
